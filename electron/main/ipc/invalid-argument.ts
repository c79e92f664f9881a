/** Turns a rejected IPC argument into one short sentence for the result value the page receives. */
import type { z } from 'zod';

export function describeInvalidArgument(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'The request was not valid.';
  const where = issue.path.length === 0 ? 'request' : issue.path.join('.');
  return `Invalid ${where}: ${issue.message}`;
}
