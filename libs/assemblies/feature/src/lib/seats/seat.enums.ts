import { registerEnumType } from '@nestjs/graphql';

export enum TenureStartKind {
  ELECTED = 'elected',
  APPOINTED = 'appointed',
  EXTENDED = 'extended',
}
registerEnumType(TenureStartKind, { name: 'TenureStartKind', description: 'How a tenure began.' });

export enum TenureEndReason {
  RESIGNED = 'resigned',
  REMOVED = 'removed',
  EXTENDED = 'extended',
  TERM_COMPLETED = 'term-completed',
}
registerEnumType(TenureEndReason, {
  name: 'TenureEndReason',
  description: 'Why a tenure ended: EXTENDED means a term extension replaced it by an EXTENDED tenure of the same person.',
});
