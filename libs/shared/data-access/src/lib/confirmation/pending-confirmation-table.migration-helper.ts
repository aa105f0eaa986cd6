import type { QueryRunner } from 'typeorm';

/**
 * The two-person rule's table (`PendingConfirmationEntity`) in a service's schema. At most
 * one open (unconfirmed) request per person, operation and input: asking again renews it.
 */
export async function createPendingConfirmationTable(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE "${schema}"."pending_confirmation" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "operation" text NOT NULL,
      "args_hash" text NOT NULL CHECK ("args_hash" ~ '^[0-9a-f]{64}$'),
      "requested_by" uuid NOT NULL,
      "requested_at" timestamptz NOT NULL,
      "expires_at" timestamptz NOT NULL CHECK ("expires_at" > "requested_at"),
      "confirmed_by" uuid,
      "confirmed_at" timestamptz,
      CHECK (("confirmed_by" IS NULL) = ("confirmed_at" IS NULL))
    )`);
  await queryRunner.query(
    `CREATE UNIQUE INDEX "pending_confirmation_open_idx" ON "${schema}"."pending_confirmation" ("operation", "args_hash", "requested_by") WHERE "confirmed_at" IS NULL`,
  );
}

export async function dropPendingConfirmationTable(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}"."pending_confirmation"`);
}
