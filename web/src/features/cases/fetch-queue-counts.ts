import { graphqlRequest } from '../../api/graphql-client';
import { CASE_QUEUES, type CaseQueue } from './case-enums';

/**
 * One query counting every tab at once, each `caseCount` under its queue's name as alias, so the
 * badges cost one round trip however many roles a person holds. Queue names come from the enum
 * list only, never from input, so building the text is safe.
 *
 * @example queueCountsQuery(['TO_ACCEPT', 'ALL'])
 * // 'query QueueCounts { TO_ACCEPT: caseCount(queue: TO_ACCEPT) ALL: caseCount(queue: ALL) }'
 */
export function queueCountsQuery(queues: readonly CaseQueue[]): string {
  const known = queues.filter((queue) => (CASE_QUEUES as readonly string[]).includes(queue));
  return `query QueueCounts { ${known.map((queue) => `${queue}: caseCount(queue: ${queue})`).join(' ')} }`;
}

/** How many cases each queue holds for the viewer. */
export async function fetchQueueCounts(
  queues: readonly CaseQueue[],
  signal?: AbortSignal,
): Promise<Partial<Record<CaseQueue, number>>> {
  if (queues.length === 0) return {};
  return graphqlRequest<Partial<Record<CaseQueue, number>>>(queueCountsQuery(queues), undefined, { signal });
}
