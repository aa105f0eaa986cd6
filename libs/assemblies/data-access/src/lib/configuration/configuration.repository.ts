import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { TermExtensionEntity } from '../seats';
import { ConfigurationChangeEntity } from './configuration-change.entity';
import { CongressConfigurationEntity } from './congress-configuration.entity';

/** The congress configuration, its change history and its term extensions. */
@Injectable()
export class ConfigurationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findCurrent(congressId: string, manager: EntityManager = this.dataSource.manager): Promise<CongressConfigurationEntity | null> {
    return manager.findOneBy(CongressConfigurationEntity, { congressId });
  }

  /** Reads and locks the configuration row: concurrent edits queue up instead of losing one. */
  lockCurrent(manager: EntityManager, congressId: string): Promise<CongressConfigurationEntity | null> {
    return manager
      .getRepository(CongressConfigurationEntity)
      .createQueryBuilder('configuration')
      .setLock('pessimistic_write')
      .where('configuration.congress_id = :congressId', { congressId })
      .getOne();
  }

  async saveWithChange(
    manager: EntityManager,
    configuration: CongressConfigurationEntity,
    change: Omit<ConfigurationChangeEntity, 'id'>,
  ): Promise<ConfigurationChangeEntity> {
    await manager.save(CongressConfigurationEntity, configuration);
    return manager.save(ConfigurationChangeEntity, manager.create(ConfigurationChangeEntity, change));
  }

  /** Newest first, so the first page shows the latest changes. */
  historyPage(congressId: string, offset: number, limit: number): Promise<[ConfigurationChangeEntity[], number]> {
    return this.dataSource
      .getRepository(ConfigurationChangeEntity)
      .findAndCount({ where: { congressId }, order: { version: 'DESC' }, skip: offset, take: limit });
  }

  findExtensions(congressId: string, manager: EntityManager = this.dataSource.manager): Promise<TermExtensionEntity[]> {
    return manager.find(TermExtensionEntity, { where: { congressId }, order: { cancelledYear: 'ASC' } });
  }
}
