import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { votingDataSourceOptions } from '@civic/voting-data-access';
import { RecountQuestionnaireJob, VOTING_DATA_SOURCE } from './tallies';

/**
 * The voting service's background jobs, for the worker app. Its own small pool on the voting
 * schema (a named DataSource, beside other services' jobs).
 */
@Module({})
export class VotingJobsModule {
  static forRoot(options: { databaseUrl: string }): DynamicModule {
    return {
      module: VotingJobsModule,
      imports: [
        TypeOrmModule.forRoot({ ...votingDataSourceOptions(options.databaseUrl), poolSize: 2, name: VOTING_DATA_SOURCE } as DataSourceOptions & {
          name: string;
        }),
      ],
      providers: [RecountQuestionnaireJob],
      exports: [RecountQuestionnaireJob],
    };
  }
}
