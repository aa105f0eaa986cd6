import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delegate roll calls. The electorate is copied into roll_call_member when the roll call
 * opens (from the delegate_seat / body_member read models), so seat changes afterwards do
 * not move it; each member's row carries their current vote or declared conflict, and
 * roll_call_vote_change keeps every change, because named votes are public record.
 */
export class CreateRollCalls1795219380000 implements MigrationInterface {
  name = 'CreateRollCalls1795219380000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "voting"."roll_call" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "body_code" text NOT NULL,
        "body_name" text NOT NULL,
        "title" text NOT NULL,
        "question_id" uuid REFERENCES "voting"."questionnaire_question" ("id"),
        "resolution_id" uuid,
        "year" int NOT NULL,
        "threshold_kind" text NOT NULL CHECK ("threshold_kind" IN ('majority', 'two-thirds', 'custom')),
        "threshold_numerator" int NOT NULL,
        "threshold_denominator" int NOT NULL,
        "threshold_strict" boolean NOT NULL,
        "quorum" int NOT NULL,
        "electorate_size" int NOT NULL,
        "status" text NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'closed')),
        "opened_by" uuid NOT NULL,
        "opened_at" timestamptz NOT NULL,
        "closed_by" uuid,
        "closed_at" timestamptz,
        "yes" int,
        "no" int,
        "abstain" int,
        "conflicts" int,
        "present" int,
        "quorum_met" boolean,
        "outcome" text CHECK ("outcome" IN ('passed', 'failed', 'no-quorum')),
        CONSTRAINT "roll_call_threshold_check" CHECK ("threshold_numerator" BETWEEN 1 AND "threshold_denominator"),
        CONSTRAINT "roll_call_quorum_check" CHECK ("quorum" BETWEEN 1 AND "electorate_size"),
        CONSTRAINT "roll_call_closed_check" CHECK (
          ("status" = 'closed') = ("closed_at" IS NOT NULL AND "closed_by" IS NOT NULL AND "outcome" IS NOT NULL AND "present" IS NOT NULL)
        )
      )`);
    await queryRunner.query(`CREATE INDEX "roll_call_body_year_idx" ON "voting"."roll_call" ("body_code", "year")`);
    await queryRunner.query(`CREATE INDEX "roll_call_question_idx" ON "voting"."roll_call" ("question_id") WHERE "question_id" IS NOT NULL`);

    // A member either votes or has declared a conflict, never both.
    await queryRunner.query(`
      CREATE TABLE "voting"."roll_call_member" (
        "roll_call_id" uuid NOT NULL REFERENCES "voting"."roll_call" ("id"),
        "account_id" uuid NOT NULL,
        "display_name" text NOT NULL,
        "county_code" text,
        "seat_number" int,
        "choice" text CHECK ("choice" IN ('yes', 'no', 'abstain')),
        "voted_at" timestamptz,
        "changed_at" timestamptz,
        "conflict_reason" text,
        "conflict_declared_at" timestamptz,
        PRIMARY KEY ("roll_call_id", "account_id"),
        CONSTRAINT "roll_call_member_vote_check" CHECK (("choice" IS NULL) = ("voted_at" IS NULL)),
        CONSTRAINT "roll_call_member_conflict_check" CHECK (("conflict_reason" IS NULL) = ("conflict_declared_at" IS NULL)),
        CONSTRAINT "roll_call_member_vote_or_conflict_check" CHECK ("choice" IS NULL OR "conflict_reason" IS NULL)
      )`);
    await queryRunner.query(`CREATE INDEX "roll_call_member_account_idx" ON "voting"."roll_call_member" ("account_id")`);

    await queryRunner.query(`
      CREATE TABLE "voting"."roll_call_vote_change" (
        "id" bigserial PRIMARY KEY,
        "roll_call_id" uuid NOT NULL,
        "account_id" uuid NOT NULL,
        "choice" text CHECK ("choice" IN ('yes', 'no', 'abstain')),
        "action" text NOT NULL CHECK ("action" IN ('cast', 'changed', 'withdrawn-for-conflict')),
        "at" timestamptz NOT NULL,
        CONSTRAINT "roll_call_vote_change_member_fkey" FOREIGN KEY ("roll_call_id", "account_id") REFERENCES "voting"."roll_call_member" ("roll_call_id", "account_id"),
        CONSTRAINT "roll_call_vote_change_withdrawal_check" CHECK (("action" = 'withdrawn-for-conflict') = ("choice" IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "roll_call_vote_change_member_idx" ON "voting"."roll_call_vote_change" ("roll_call_id", "account_id", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "voting"."roll_call_vote_change"`);
    await queryRunner.query(`DROP TABLE "voting"."roll_call_member"`);
    await queryRunner.query(`DROP TABLE "voting"."roll_call"`);
  }
}
