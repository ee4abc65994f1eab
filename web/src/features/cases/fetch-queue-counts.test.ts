import { describe, expect, it } from 'vitest';
import type { CaseQueue } from './case-enums';
import { queueCountsQuery } from './fetch-queue-counts';

describe('queueCountsQuery', () => {
  it('counts each queue under its own name in one query', () => {
    expect(queueCountsQuery(['TO_FILE', 'APPROVALS', 'ALL'])).toBe(
      'query QueueCounts { TO_FILE: caseCount(queue: TO_FILE) APPROVALS: caseCount(queue: APPROVALS) ALL: caseCount(queue: ALL) }',
    );
  });

  it('never writes anything but a known queue name into the query', () => {
    const smuggled = ['TO_FILE', 'ALL) me { username } x: caseCount(queue: ALL'] as CaseQueue[];
    expect(queueCountsQuery(smuggled)).toBe('query QueueCounts { TO_FILE: caseCount(queue: TO_FILE) }');
  });
});
