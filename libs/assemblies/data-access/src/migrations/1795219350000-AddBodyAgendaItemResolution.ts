import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An agenda item of a body's meeting may name the citizen resolution it takes up (owned by
 * the resolutions service, so no foreign key): conflicts declared on such an item are
 * announced to that service.
 */
export class AddBodyAgendaItemResolution1795219350000 implements MigrationInterface {
  name = 'AddBodyAgendaItemResolution1795219350000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assemblies"."body_agenda_item" ADD COLUMN "resolution_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "body_agenda_item_resolution_idx" ON "assemblies"."body_agenda_item" ("resolution_id") WHERE "resolution_id" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "assemblies"."body_agenda_item_resolution_idx"`);
    await queryRunner.query(`ALTER TABLE "assemblies"."body_agenda_item" DROP COLUMN "resolution_id"`);
  }
}
