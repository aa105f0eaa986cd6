import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInboxTables, dropOutboxAndInboxTables } from '@civic/data-access';

export class CreateOutbox1795219200000 implements MigrationInterface {
  name = 'CreateOutbox1795219200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxAndInboxTables(queryRunner, 'resolutions');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxAndInboxTables(queryRunner, 'resolutions');
  }
}
