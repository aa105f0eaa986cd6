import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, notFound, requireUuid } from '@civic/util';
import { parseVoterRoll, VoterRollFormatError, type VoterRollRejection } from '@civic/identity-domain';
import { VoterRollImportEntity, VoterRollRepository } from '@civic/identity-data-access';

export interface VoterRollImportReport {
  id: string;
  fileName: string | null;
  accepted: number;
  rejected: number;
  added: number;
  rejections: VoterRollRejection[];
  createdAt: Date;
}

/**
 * Imports a voter roll: each valid row adds or updates a roll entry (keyed by voter id).
 * Nothing is matched to accounts — an email on the roll proves nothing about who registered
 * with it; a person claims their entry with a voter code that staff issue for it. The
 * entries and the report commit in one transaction, with set-based statements.
 */
@Injectable()
export class VoterRollImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roll: VoterRollRepository,
  ) {}

  async import(csv: string, fileName: string | null, importedBy: string): Promise<VoterRollImportReport> {
    let parsed: ReturnType<typeof parseVoterRoll>;
    try {
      parsed = parseVoterRoll(csv);
    } catch (error) {
      if (error instanceof VoterRollFormatError) {
        throw badInput('csv', `Voter roll not imported: ${error.message}.`);
      }
      throw error;
    }
    return this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      const added = await this.roll.upsertEntries(parsed.rows, id, manager);
      const report: VoterRollImportReport = {
        id,
        fileName,
        accepted: parsed.rows.length,
        rejected: parsed.rejections.length,
        added,
        rejections: parsed.rejections,
        createdAt: new Date(),
      };
      await manager.insert(VoterRollImportEntity, { ...report, importedBy });
      return report;
    });
  }

  async report(id: string): Promise<VoterRollImportReport> {
    const row = await this.dataSource.manager.findOneBy(VoterRollImportEntity, { id: requireUuid(id, 'id') });
    if (!row) throw notFound('Voter-roll import');
    return row;
  }
}
