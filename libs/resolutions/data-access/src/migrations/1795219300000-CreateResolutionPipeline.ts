import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The citizen-resolution pipeline: configuration per congress year, pipeline versions,
 * resolutions with their text versions and transitions, results learned from the voting
 * service, committee memberships and conflicts learned from assemblies, public comments,
 * implementation reports, and the hash-chained audit log.
 */
export class CreateResolutionPipeline1795219300000 implements MigrationInterface {
  name = 'CreateResolutionPipeline1795219300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);

    // One row per congress year: its submission window and limits, and its default deadlines.
    await q(`
      CREATE TABLE "resolutions"."cycle_configuration" (
        "year" integer PRIMARY KEY,
        "window_opens_at" timestamptz NOT NULL,
        "window_closes_at" timestamptz NOT NULL,
        "max_characters" integer NOT NULL CHECK ("max_characters" > 0),
        "max_per_person" integer NOT NULL CHECK ("max_per_person" > 0),
        "updated_by" uuid,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("window_closes_at" > "window_opens_at")
      )`);

    // Published pipeline versions; a resolution keeps the version it entered with.
    await q(`
      CREATE TABLE "resolutions"."pipeline_version" (
        "version" integer PRIMARY KEY,
        "definition" jsonb NOT NULL,
        "reason" text NOT NULL,
        "published_by" uuid,
        "published_at" timestamptz NOT NULL DEFAULT now()
      )`);

    await q(`CREATE SEQUENCE "resolutions"."resolution_number_seq"`);
    await q(`
      CREATE TABLE "resolutions"."resolution" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "number" text NOT NULL UNIQUE,
        "family_id" uuid NOT NULL,
        "author_id" uuid,
        "author_name" text NOT NULL,
        "presenter_name" text NOT NULL,
        "kind" text NOT NULL CHECK ("kind" IN ('rule-change', 'advisory')),
        "topic" text NOT NULL,
        "title" text NOT NULL,
        "text" text NOT NULL,
        "text_version" integer NOT NULL DEFAULT 1,
        "county_code" text NOT NULL,
        "submitted_year" integer NOT NULL,
        "cycle_year" integer NOT NULL,
        "pipeline_version" integer NOT NULL REFERENCES "resolutions"."pipeline_version" ("version"),
        "stage" text NOT NULL,
        "stage_entered_at" timestamptz NOT NULL,
        "transition_count" integer NOT NULL DEFAULT 0,
        "committee_code" text,
        "deadline_at" timestamptz,
        "flagged_at" timestamptz,
        "flag_reason" text,
        "question_text" text,
        "merged_into_id" uuid REFERENCES "resolutions"."resolution" ("id"),
        "row_version" integer NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "search" tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
          setweight(to_tsvector('english', coalesce("text", '')), 'B')
        ) STORED
      )`);
    await q(`CREATE INDEX "resolution_search_idx" ON "resolutions"."resolution" USING gin ("search")`);
    await q(`CREATE INDEX "resolution_stage_idx" ON "resolutions"."resolution" ("stage", "committee_code")`);
    await q(`CREATE INDEX "resolution_author_year_idx" ON "resolutions"."resolution" ("author_id", "submitted_year")`);
    await q(`CREATE INDEX "resolution_family_idx" ON "resolutions"."resolution" ("family_id")`);
    await q(`CREATE INDEX "resolution_deadline_idx" ON "resolutions"."resolution" ("deadline_at") WHERE "deadline_at" IS NOT NULL`);

    // Every text edit keeps a version (the resolution row holds the current one).
    await q(`
      CREATE TABLE "resolutions"."resolution_version" (
        "resolution_id" uuid NOT NULL REFERENCES "resolutions"."resolution" ("id"),
        "version" integer NOT NULL,
        "title" text NOT NULL,
        "text" text NOT NULL,
        "edited_by" uuid,
        "editor_name" text NOT NULL,
        "note" text,
        "edited_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("resolution_id", "version")
      )`);

    // Each step along the pipeline, in order, with who, when, why and the linked votes.
    await q(`
      CREATE TABLE "resolutions"."resolution_transition" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "resolution_id" uuid NOT NULL REFERENCES "resolutions"."resolution" ("id"),
        "sequence" integer NOT NULL,
        "transition" text NOT NULL,
        "from_stage" text,
        "to_stage" text NOT NULL,
        "cycle_year" integer NOT NULL,
        "pipeline_version" integer NOT NULL,
        "actor_kind" text NOT NULL CHECK ("actor_kind" IN ('person', 'system')),
        "actor_id" uuid,
        "actor_name" text NOT NULL,
        "reason" text,
        "notes" text,
        "vote" jsonb,
        "minority_report" text,
        "linked" jsonb NOT NULL DEFAULT '{}'::jsonb,
        "occurred_at" timestamptz NOT NULL,
        UNIQUE ("resolution_id", "sequence")
      )`);

    // Results learned from the voting service's events.
    await q(`
      CREATE TABLE "resolutions"."county_result" (
        "result_id" uuid PRIMARY KEY,
        "resolution_id" uuid NOT NULL REFERENCES "resolutions"."resolution" ("id"),
        "family_id" uuid NOT NULL,
        "county_code" text NOT NULL,
        "year" integer NOT NULL,
        "yes" integer NOT NULL,
        "no" integer NOT NULL,
        "abstain" integer NOT NULL,
        "passed" boolean NOT NULL,
        "certified_at" timestamptz NOT NULL,
        UNIQUE ("resolution_id", "year")
      )`);
    await q(`CREATE INDEX "county_result_family_idx" ON "resolutions"."county_result" ("family_id", "year") WHERE "passed"`);
    await q(`
      CREATE TABLE "resolutions"."statewide_result" (
        "result_id" uuid PRIMARY KEY,
        "question_id" uuid NOT NULL,
        "resolution_id" uuid NOT NULL REFERENCES "resolutions"."resolution" ("id"),
        "year" integer NOT NULL,
        "yes" integer NOT NULL,
        "no" integer NOT NULL,
        "abstain" integer NOT NULL,
        "counties_in_favour" integer NOT NULL,
        "counties_counted" integer NOT NULL,
        "passed" boolean NOT NULL,
        "certified_at" timestamptz NOT NULL,
        UNIQUE ("resolution_id", "year")
      )`);

    // Committee (and other body) memberships and declared conflicts, from assemblies' events.
    await q(`
      CREATE TABLE "resolutions"."body_member" (
        "membership_id" uuid PRIMARY KEY,
        "body_code" text NOT NULL,
        "body_name" text NOT NULL,
        "account_id" uuid NOT NULL,
        "display_name" text NOT NULL,
        "office" text,
        "active" boolean NOT NULL,
        "term_start" date NOT NULL,
        "term_end" date NOT NULL,
        "changed_at" timestamptz NOT NULL
      )`);
    await q(`CREATE INDEX "body_member_account_idx" ON "resolutions"."body_member" ("account_id") WHERE "active"`);
    await q(`CREATE INDEX "body_member_body_idx" ON "resolutions"."body_member" ("body_code") WHERE "active"`);
    await q(`
      CREATE TABLE "resolutions"."declared_conflict" (
        "conflict_id" uuid PRIMARY KEY,
        "resolution_id" uuid NOT NULL,
        "body_code" text NOT NULL,
        "account_id" uuid NOT NULL,
        "display_name" text NOT NULL,
        "reason" text NOT NULL,
        "declared_at" timestamptz NOT NULL
      )`);
    await q(`CREATE INDEX "declared_conflict_resolution_idx" ON "resolutions"."declared_conflict" ("resolution_id", "account_id")`);

    // The residency read model (identity's events), for the author's county and the right to submit.
    await q(`
      CREATE TABLE "resolutions"."resident" (
        "account_id" uuid PRIMARY KEY,
        "jurisdiction_code" text NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('verified', 'revoked')),
        "verified_at" timestamptz,
        "effective_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "last_event_id" uuid NOT NULL
      )`);

    // Public comment: never deleted; staff may hide one with a stated reason.
    await q(`
      CREATE TABLE "resolutions"."resolution_comment" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "resolution_id" uuid NOT NULL REFERENCES "resolutions"."resolution" ("id"),
        "author_id" uuid NOT NULL,
        "author_name" text NOT NULL,
        "body" text NOT NULL,
        "stage" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "hidden_at" timestamptz,
        "hidden_by" uuid,
        "hidden_reason" text,
        CHECK (("hidden_at" IS NULL) = ("hidden_reason" IS NULL))
      )`);
    await q(`CREATE INDEX "resolution_comment_resolution_idx" ON "resolutions"."resolution_comment" ("resolution_id", "created_at")`);
    await q(`
      CREATE RULE "resolution_comment_no_delete" AS ON DELETE TO "resolutions"."resolution_comment" DO INSTEAD NOTHING`);

    // Yearly implementation reports after the board's response.
    await q(`
      CREATE TABLE "resolutions"."implementation_report" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "resolution_id" uuid NOT NULL REFERENCES "resolutions"."resolution" ("id"),
        "year" integer NOT NULL,
        "text" text NOT NULL,
        "reported_by" uuid NOT NULL,
        "reporter_name" text NOT NULL,
        "reported_at" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("resolution_id", "year")
      )`);

    // The tamper-evident audit log: append-only, each entry carrying the previous entry's hash.
    await q(`
      CREATE TABLE "resolutions"."audit_entry" (
        "sequence" bigint PRIMARY KEY,
        "resolution_id" uuid,
        "kind" text NOT NULL,
        "actor_kind" text NOT NULL,
        "actor_id" uuid,
        "actor_name" text NOT NULL,
        "occurred_at" timestamptz NOT NULL,
        "data" jsonb NOT NULL,
        "previous_hash" text NOT NULL,
        "hash" text NOT NULL UNIQUE
      )`);
    await q(`CREATE INDEX "audit_entry_resolution_idx" ON "resolutions"."audit_entry" ("resolution_id", "sequence")`);
    await q(`
      CREATE FUNCTION "resolutions"."audit_entry_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q(`
      CREATE TRIGGER "audit_entry_no_update_or_delete" BEFORE UPDATE OR DELETE ON "resolutions"."audit_entry"
      FOR EACH ROW EXECUTE FUNCTION "resolutions"."audit_entry_is_append_only"()`);
    await q(`
      CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "resolutions"."audit_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION "resolutions"."audit_entry_is_append_only"()`);
    // Belt and braces for deployments where the application connects as a role other than
    // the owner: it may read and append, nothing else.
    await q(`REVOKE UPDATE, DELETE, TRUNCATE ON "resolutions"."audit_entry" FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TABLE "resolutions"."audit_entry"`);
    await q(`DROP FUNCTION "resolutions"."audit_entry_is_append_only"()`);
    await q(`DROP TABLE "resolutions"."implementation_report"`);
    await q(`DROP TABLE "resolutions"."resolution_comment"`);
    await q(`DROP TABLE "resolutions"."resident"`);
    await q(`DROP TABLE "resolutions"."declared_conflict"`);
    await q(`DROP TABLE "resolutions"."body_member"`);
    await q(`DROP TABLE "resolutions"."statewide_result"`);
    await q(`DROP TABLE "resolutions"."county_result"`);
    await q(`DROP TABLE "resolutions"."resolution_transition"`);
    await q(`DROP TABLE "resolutions"."resolution_version"`);
    await q(`DROP TABLE "resolutions"."resolution"`);
    await q(`DROP SEQUENCE "resolutions"."resolution_number_seq"`);
    await q(`DROP TABLE "resolutions"."pipeline_version"`);
    await q(`DROP TABLE "resolutions"."cycle_configuration"`);
  }
}
