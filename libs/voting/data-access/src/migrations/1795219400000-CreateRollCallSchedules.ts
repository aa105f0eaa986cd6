import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled roll calls. A roll call to open later is not a roll call yet: its electorate is
 * fixed only when it opens, so the schedule keeps the motion (as staff gave it) until then
 * and links the roll call once opened. A roll call opened by hand may get a closing time
 * here too. One schedule per roll call; the scheduled instants stay as the public record.
 *
 * waiting → opened (its roll call opened) → closed (the roll call closed, on time or earlier
 * by hand); or waiting → failed (it could not open: e.g. the body had no members then),
 * missed (its whole window passed before it could open), cancelled (by staff).
 */
export class CreateRollCallSchedules1795219400000 implements MigrationInterface {
  name = 'CreateRollCallSchedules1795219400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "voting"."roll_call_schedule" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "motion" jsonb,
        "roll_call_id" uuid CONSTRAINT "roll_call_schedule_roll_call_key" UNIQUE REFERENCES "voting"."roll_call" ("id"),
        "opens_at" timestamptz,
        "closes_at" timestamptz,
        "status" text NOT NULL CHECK ("status" IN ('waiting', 'opened', 'closed', 'failed', 'missed', 'cancelled')),
        "failure" text,
        "scheduled_by" uuid NOT NULL,
        "scheduled_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "roll_call_schedule_opened_check" CHECK (("status" IN ('opened', 'closed')) = ("roll_call_id" IS NOT NULL)),
        CONSTRAINT "roll_call_schedule_waiting_check" CHECK ("status" <> 'waiting' OR ("motion" IS NOT NULL AND "opens_at" IS NOT NULL)),
        CONSTRAINT "roll_call_schedule_failure_check" CHECK (("status" IN ('failed', 'missed')) = ("failure" IS NOT NULL)),
        CONSTRAINT "roll_call_schedule_window_check" CHECK ("closes_at" IS NULL OR "opens_at" IS NULL OR "closes_at" > "opens_at"),
        CONSTRAINT "roll_call_schedule_time_check" CHECK ("opens_at" IS NOT NULL OR "closes_at" IS NOT NULL)
      )`);
    // The sweep's two questions: which waiting ones are due to open, which opened ones to close.
    await queryRunner.query(`CREATE INDEX "roll_call_schedule_opening_idx" ON "voting"."roll_call_schedule" ("opens_at") WHERE "status" = 'waiting'`);
    await queryRunner.query(
      `CREATE INDEX "roll_call_schedule_closing_idx" ON "voting"."roll_call_schedule" ("closes_at") WHERE "status" = 'opened' AND "closes_at" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "voting"."roll_call_schedule"`);
  }
}
