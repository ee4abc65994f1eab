import { describe, expect, it } from 'vitest';
import { caseHref, caseIdFromHash } from './case-link';

describe('case links', () => {
  it('round-trips a case id through the hash', () => {
    expect(caseHref('42')).toBe('#/work/case/42');
    expect(caseIdFromHash(caseHref('42'))).toBe('42');
  });

  it('reads nothing from other hashes', () => {
    for (const hash of ['', '#/work', '#/work/case/', '#/admin/case/42', '#/work/case/42/extra']) {
      expect(caseIdFromHash(hash)).toBeNull();
    }
  });
});
