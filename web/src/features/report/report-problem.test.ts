import { describe, expect, it } from 'vitest';
import { reportProblem } from './report-problem';

const noise = { id: 41, code: '01', description: '夜间施工噪声扰民', requiresPhoto: false };
const garbage = { id: 12, code: '01', description: '成堆垃圾', requiresPhoto: true };
const location = {
  unitGrid: { code: '310101002001001', name: null, isDerived: true },
  responsibilityGrid: null,
  community: { code: '310101002001', name: '云南中路居委会', isDerived: true },
  street: null,
  district: null,
};

describe('reportProblem', () => {
  it('asks for a point, then a class, then a photo where the class needs one', () => {
    const inScope = { status: 'in-scope' as const, location };
    expect(reportProblem({ hasPoint: false, place: { status: 'none' }, condition: null, photoCount: 0 })).toBe(
      'report.problem.noPoint',
    );
    expect(reportProblem({ hasPoint: true, place: inScope, condition: null, photoCount: 0 })).toBe(
      'report.problem.noCondition',
    );
    expect(reportProblem({ hasPoint: true, place: inScope, condition: garbage, photoCount: 0 })).toBe(
      'report.problem.photoRequired',
    );
    expect(reportProblem({ hasPoint: true, place: inScope, condition: garbage, photoCount: 1 })).toBeNull();
    expect(reportProblem({ hasPoint: true, place: inScope, condition: noise, photoCount: 0 })).toBeNull();
  });

  it('refuses a point the API placed outside the officer’s area or outside every grid', () => {
    for (const place of [{ status: 'out-of-scope' as const, location }, { status: 'no-grid' as const }]) {
      expect(reportProblem({ hasPoint: true, place, condition: noise, photoCount: 0 })).toBe(
        'report.problem.outOfScope',
      );
    }
  });

  it('lets an unchecked point through offline, for the API to judge when it is sent', () => {
    expect(reportProblem({ hasPoint: true, place: { status: 'unknown' }, condition: noise, photoCount: 0 })).toBeNull();
    expect(
      reportProblem({ hasPoint: true, place: { status: 'checking' }, condition: noise, photoCount: 0 }),
    ).toBeNull();
  });
});
