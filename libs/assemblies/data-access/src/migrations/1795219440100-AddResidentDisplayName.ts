import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addResidentDisplayName, dropResidentDisplayName } from '@civic/data-access';

/** The residency read model keeps the account's display name that verifications now carry. */
export class AddResidentDisplayName1795219440100 implements MigrationInterface {
  name = 'AddResidentDisplayName1795219440100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addResidentDisplayName(queryRunner, 'assemblies');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropResidentDisplayName(queryRunner, 'assemblies');
  }
}
