import type { QueryRunner } from 'typeorm';

/**
 * The body-membership read model's table (`BodyMemberEntity`), for a consuming service's
 * migration. Kept as a helper so every consumer creates it identically; later changes get
 * their own migrations.
 */
export async function createBodyMemberTable(queryRunner: QueryRunner, schema: string): Promise<void> {
  // changed_at is the time of the change the row reflects: only a newer change replaces it.
  await queryRunner.query(`
    CREATE TABLE "${schema}"."body_member" (
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
  await queryRunner.query(`CREATE INDEX "body_member_account_idx" ON "${schema}"."body_member" ("account_id") WHERE "active"`);
  await queryRunner.query(`CREATE INDEX "body_member_body_idx" ON "${schema}"."body_member" ("body_code") WHERE "active"`);
}

export async function dropBodyMemberTable(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}"."body_member"`);
}
