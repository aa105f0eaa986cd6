export class JobRegistrationError extends Error {
  override readonly name = 'JobRegistrationError';
}

/** Problems in a set of handlers: jobs nobody handles, jobs handled twice, unknown names. */
export function jobRegistrationProblems(names: readonly string[], handlers: ReadonlyArray<{ jobName: string }>): string[] {
  const problems: string[] = [];
  for (const name of names) {
    const count = handlers.filter((handler) => handler.jobName === name).length;
    if (count === 0) problems.push(`job "${name}" has no handler`);
    if (count > 1) problems.push(`job "${name}" has ${count} handlers`);
  }
  for (const handler of handlers) {
    if (!names.includes(handler.jobName)) problems.push(`handler for unknown job "${handler.jobName}"`);
  }
  return problems;
}
