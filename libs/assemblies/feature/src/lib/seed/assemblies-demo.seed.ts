import type { DataSource } from 'typeorm';
import type { DemoReferenceData } from '@civic/contracts';
import { orderParentsFirst, validateJurisdictionTree } from '@civic/assemblies-domain';
import { appendJurisdictionChanges, CongressEntity, JurisdictionEntity, TierEntity } from '@civic/assemblies-data-access';
import { seedBodiesDemo } from '../bodies';
import { seedSeatsDemo } from '../seats';

/**
 * Loads the demo congress and its jurisdiction tree. Idempotent: a congress that exists
 * is left as it is (staff may have edited it), missing jurisdictions are added and
 * announced ('assemblies.jurisdiction-changed'), so a re-run announces nothing twice.
 */
export async function seedAssembliesDemo(dataSource: DataSource, demo: DemoReferenceData): Promise<void> {
  const problems = validateJurisdictionTree(demo.tiers, demo.jurisdictions);
  if (problems.length > 0) throw new Error(`Demo jurisdiction tree is invalid:\n  ${problems.join('\n  ')}`);

  await dataSource.transaction(async (manager) => {
    let congress = await manager.findOneBy(CongressEntity, { slug: demo.congress.slug });
    if (!congress) {
      const created = await manager.save(CongressEntity, manager.create(CongressEntity, demo.congress));
      await manager.insert(
        TierEntity,
        demo.tiers.map((tier) => ({ congressId: created.id, ...tier })),
      );
      congress = created;
    }
    const existing = new Map((await manager.findBy(JurisdictionEntity, { congressId: congress.id })).map((row) => [row.code, row.id]));
    const added: string[] = [];
    for (const jurisdiction of orderParentsFirst(demo.jurisdictions)) {
      if (existing.has(jurisdiction.code)) continue;
      const parentId = jurisdiction.parentCode === null ? null : existing.get(jurisdiction.parentCode);
      if (parentId === undefined) throw new Error(`parent ${jurisdiction.parentCode} of ${jurisdiction.code} is missing`);
      const row = await manager.save(
        JurisdictionEntity,
        manager.create(JurisdictionEntity, {
          congressId: congress.id,
          code: jurisdiction.code,
          name: jurisdiction.name,
          tierLevel: jurisdiction.tierLevel,
          parentId,
          population: jurisdiction.population,
          seat: jurisdiction.seat,
        }),
      );
      existing.set(row.code, row.id);
      added.push(row.code);
    }
    await appendJurisdictionChanges(manager, added);
  });
  await seedSeatsDemo(dataSource, demo);
  await seedBodiesDemo(dataSource, demo);
}
