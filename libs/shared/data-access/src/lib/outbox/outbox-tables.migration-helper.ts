import type { QueryRunner } from 'typeorm';

/**
 * The outbox and inbox tables, for a service's first migration. Kept as a helper so
 * every service creates them identically; later changes get their own migrations.
 */
export async function createOutboxAndInboxTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE "${schema}"."outbox_event" (
      "id" uuid PRIMARY KEY,
      "position" bigint GENERATED ALWAYS AS IDENTITY,
      "name" text NOT NULL,
      "payload" jsonb NOT NULL,
      "occurred_at" timestamptz NOT NULL DEFAULT now(),
      "published_at" timestamptz,
      "attempts" int NOT NULL DEFAULT 0,
      "last_error" text
    )`);
  await queryRunner.query(`CREATE INDEX "outbox_event_unpublished_idx" ON "${schema}"."outbox_event" ("position") WHERE "published_at" IS NULL`);
  await queryRunner.query(`
    CREATE TABLE "${schema}"."inbox_event" (
      "id" uuid PRIMARY KEY,
      "name" text NOT NULL,
      "producer" text NOT NULL,
      "processed_at" timestamptz NOT NULL DEFAULT now()
    )`);
}

export async function dropOutboxAndInboxTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}"."inbox_event"`);
  await queryRunner.query(`DROP TABLE "${schema}"."outbox_event"`);
}
