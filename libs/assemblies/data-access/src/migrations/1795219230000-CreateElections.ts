import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateElections1795219230000 implements MigrationInterface {
  name = 'CreateElections1795219230000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "assemblies"."election" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "congress_id" uuid NOT NULL REFERENCES "assemblies"."congress" ("id") ON DELETE CASCADE,
        "kind" text NOT NULL CHECK ("kind" IN ('county-delegates')),
        "electorate_kind" text NOT NULL CHECK ("electorate_kind" IN ('county-meeting')),
        "meeting_id" uuid NOT NULL REFERENCES "assemblies"."county_meeting" ("id") ON DELETE CASCADE,
        "jurisdiction_id" uuid NOT NULL REFERENCES "assemblies"."jurisdiction" ("id"),
        "year" int NOT NULL,
        "method" text NOT NULL CHECK ("method" IN ('plurality', 'approval', 'stv')),
        "seats_to_fill" int NOT NULL CHECK ("seats_to_fill" >= 1),
        "phase" text NOT NULL DEFAULT 'nominations' CHECK ("phase" IN ('nominations', 'voting', 'closed', 'certified')),
        "tie_seed" text,
        "result" jsonb,
        "seating" jsonb,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "voting_opened_at" timestamptz,
        "voting_closed_at" timestamptz,
        "certified_at" timestamptz,
        "certified_by" uuid,
        CONSTRAINT "election_meeting_kind_key" UNIQUE ("meeting_id", "kind"),
        CHECK (("phase" IN ('closed', 'certified')) = ("tie_seed" IS NOT NULL)),
        CHECK (("phase" = 'certified') = ("result" IS NOT NULL AND "certified_at" IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."election_seat" (
        "election_id" uuid NOT NULL REFERENCES "assemblies"."election" ("id") ON DELETE CASCADE,
        "seat_id" uuid NOT NULL REFERENCES "assemblies"."seat" ("id"),
        "seat_number" int NOT NULL,
        "term_end_year" int NOT NULL,
        PRIMARY KEY ("election_id", "seat_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."election_candidate" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "election_id" uuid NOT NULL REFERENCES "assemblies"."election" ("id") ON DELETE CASCADE,
        "account_id" uuid NOT NULL,
        "display_name" text NOT NULL CHECK (length("display_name") BETWEEN 1 AND 200),
        "statement" text NOT NULL CHECK (length("statement") <= 2000),
        "seat_number" int,
        "nominated_at" timestamptz NOT NULL DEFAULT now(),
        "withdrawn_at" timestamptz,
        CONSTRAINT "election_candidate_account_key" UNIQUE ("election_id", "account_id")
      )`);
    // Participation and ballot content live in separate tables: nothing links a ballot to its voter.
    await queryRunner.query(`
      CREATE TABLE "assemblies"."election_voter" (
        "election_id" uuid NOT NULL REFERENCES "assemblies"."election" ("id") ON DELETE CASCADE,
        "account_id" uuid NOT NULL,
        "voted_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "election_voter_pkey" PRIMARY KEY ("election_id", "account_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."election_ballot" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "election_id" uuid NOT NULL REFERENCES "assemblies"."election" ("id") ON DELETE CASCADE,
        "choices" jsonb NOT NULL CHECK (jsonb_typeof("choices") = 'array' AND jsonb_array_length("choices") >= 1)
      )`);
    await queryRunner.query(`CREATE INDEX "election_ballot_election_idx" ON "assemblies"."election_ballot" ("election_id")`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."election_paper_totals" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "election_id" uuid NOT NULL REFERENCES "assemblies"."election" ("id") ON DELETE CASCADE,
        "entry" jsonb NOT NULL,
        "ballots" jsonb NOT NULL,
        "entered_by" uuid NOT NULL,
        "entered_at" timestamptz NOT NULL DEFAULT now(),
        "confirmed_by" uuid,
        "confirmed_at" timestamptz,
        CHECK (("confirmed_by" IS NULL) = ("confirmed_at" IS NULL)),
        CONSTRAINT "election_paper_totals_four_eyes" CHECK ("confirmed_by" IS NULL OR "confirmed_by" <> "entered_by")
      )`);
    await queryRunner.query(`CREATE INDEX "election_paper_totals_election_idx" ON "assemblies"."election_paper_totals" ("election_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assemblies"."election_paper_totals"`);
    await queryRunner.query(`DROP TABLE "assemblies"."election_ballot"`);
    await queryRunner.query(`DROP TABLE "assemblies"."election_voter"`);
    await queryRunner.query(`DROP TABLE "assemblies"."election_candidate"`);
    await queryRunner.query(`DROP TABLE "assemblies"."election_seat"`);
    await queryRunner.query(`DROP TABLE "assemblies"."election"`);
  }
}
