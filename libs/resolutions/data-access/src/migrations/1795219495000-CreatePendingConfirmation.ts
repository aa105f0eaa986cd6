import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPendingConfirmationTable, dropPendingConfirmationTable } from '@civic/data-access';

/** The two-person rule: staff requests for congress-wide destructive operations waiting for a second person. */
export class CreatePendingConfirmation1795219495000 implements MigrationInterface {
  name = 'CreatePendingConfirmation1795219495000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createPendingConfirmationTable(queryRunner, 'resolutions');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropPendingConfirmationTable(queryRunner, 'resolutions');
  }
}
