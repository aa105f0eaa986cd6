import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, notFound, requireUuid } from '@civic/util';
import { parseVoterRoll, verifyResidency, VoterRollFormatError, type Residency, type VoterRollRejection } from '@civic/identity-domain';
import { AccountRepository, residencyOf, VoterRollImportEntity } from '@civic/identity-data-access';
import { appendManyToOutbox } from '@civic/data-access';

export interface VoterRollImportReport {
  id: string;
  fileName: string | null;
  accepted: number;
  rejected: number;
  newlyVerified: number;
  rejections: VoterRollRejection[];
  createdAt: Date;
}

/**
 * Imports a voter roll: each valid row whose email belongs to an account verifies that
 * account's residency (method voter-roll). All changes, their events and the report
 * commit in one transaction, with set-based statements rather than a query per row.
 */
@Injectable()
export class VoterRollImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
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
      const now = new Date();
      const accounts = await this.accounts.findByEmails(
        parsed.rows.map((row) => row.email),
        manager,
      );
      const byEmail = new Map(accounts.map((account) => [account.email, account]));
      const rejections = [...parsed.rejections];
      const changes: Array<{ accountId: string; residency: Residency }> = [];
      let accepted = 0;
      for (const row of parsed.rows) {
        const account = byEmail.get(row.email);
        if (!account) {
          rejections.push({ line: row.line, reason: 'NO_MATCHING_ACCOUNT', message: 'no account has this email' });
          continue;
        }
        accepted += 1;
        const outcome = verifyResidency(residencyOf(account), row.jurisdictionCode, 'voter-roll', now);
        if (outcome.kind === 'verified') changes.push({ accountId: account.id, residency: outcome.residency });
      }
      rejections.sort((a, b) => a.line - b.line);
      await this.accounts.saveVerifiedResidencies(changes, manager);
      await appendManyToOutbox(
        manager,
        'identity.resident-verified',
        changes.map(({ accountId, residency }) => ({
          accountId,
          jurisdictionCode: residency.jurisdictionCode ?? '',
          method: 'voter-roll' as const,
          verifiedAt: now.toISOString(),
        })),
      );
      const report: VoterRollImportReport = {
        id: randomUUID(),
        fileName,
        accepted,
        rejected: rejections.length,
        newlyVerified: changes.length,
        rejections,
        createdAt: now,
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
