import { Injectable } from '@nestjs/common';
import { SubmissionRepository } from '@civic/resolutions-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { toResolutionType, type ResolutionType } from '../resolutions';

/** Use case: an author follows their own resolutions. */
@Injectable()
export class MyResolutionsService {
  constructor(private readonly submissions: SubmissionRepository) {}

  async mine(user: AuthenticatedUser, year?: number): Promise<ResolutionType[]> {
    return (await this.submissions.findByAuthor(user.accountId, year)).map(toResolutionType);
  }
}
