import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CountyResultEntity } from './county-result.entity';
import { QuestionResultEntity } from './question-result.entity';

/** Certified results, with their county rows. Writes take the caller's transaction. */
@Injectable()
export class QuestionResultRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByQuestion(questionId: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionResultEntity | null> {
    return manager.findOneBy(QuestionResultEntity, { questionId });
  }

  forQuestions(questionIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<QuestionResultEntity[]> {
    return questionIds.length === 0 ? Promise.resolve([]) : manager.find(QuestionResultEntity, { where: { questionId: In([...questionIds]) } });
  }

  counties(resultIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<CountyResultEntity[]> {
    return resultIds.length === 0
      ? Promise.resolve([])
      : manager.find(CountyResultEntity, { where: { resultId: In([...resultIds]) }, order: { resultId: 'ASC', countyCode: 'ASC' } });
  }

  async insert(
    manager: EntityManager,
    result: Omit<QuestionResultEntity, 'id'>,
    counties: ReadonlyArray<Omit<CountyResultEntity, 'resultId'>>,
  ): Promise<QuestionResultEntity> {
    const saved = await manager.save(QuestionResultEntity, manager.create(QuestionResultEntity, result));
    if (counties.length > 0)
      await manager.insert(
        CountyResultEntity,
        counties.map((county) => ({ ...county, resultId: saved.id })),
      );
    return saved;
  }
}
