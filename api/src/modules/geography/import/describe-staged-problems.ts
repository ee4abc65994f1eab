import type {
  CoverageGapRow,
  DuplicateCodeRow,
  InvalidGeometryRow,
  MissingParentRow,
  OutsideParentRow,
  OverlapRow,
  ParentWithoutBoundaryRow,
} from '@gridloop/prisma';
import { type CoverageGap, type FeatureProblem, featureProblem, type ImportWarning } from './import-problem.js';

// Turns the rows of the database checks into problems people can act on, with numbers in detail.

const m2 = (value: number) => `${Math.round(value).toLocaleString('en')} m²`;
const percent = (part: number, whole: number) => `${whole > 0 ? ((100 * part) / whole).toFixed(1) : '0'} %`;

export function invalidGeometryProblems(rows: InvalidGeometryRow[]): FeatureProblem[] {
  return rows.map((row) => {
    const where = row.location ? ` at [${row.location.map((n) => n.toFixed(6)).join(', ')}]` : '';
    return featureProblem(
      row.featureIndex,
      row.code,
      'INVALID_GEOMETRY',
      `The geometry is invalid: ${row.reason}${where}.`,
      {
        reason: row.reason,
        location: row.location,
      },
    );
  });
}

export function duplicateProblems(rows: DuplicateCodeRow[]): FeatureProblem[] {
  return rows.map((row) =>
    featureProblem(
      row.featureIndex,
      row.code,
      'DUPLICATE_CODE',
      `The code ${row.code} appears ${row.copies} times in the file (features ${row.featureIndexes.join(', ')}${row.copies > row.featureIndexes.length ? ', …' : ''}).`,
      { copies: row.copies, featureIndexes: row.featureIndexes },
    ),
  );
}

export function missingParentProblems(rows: MissingParentRow[]): FeatureProblem[] {
  return rows.map((row) =>
    featureProblem(
      row.featureIndex,
      row.code,
      'PARENT_MISSING',
      `No area ${row.parentCodes.join(' or ')} exists to hold ${row.code}; import the parent layer first or fix the code.`,
      { parentCodes: row.parentCodes },
    ),
  );
}

export function outsideParentProblems(rows: OutsideParentRow[]): FeatureProblem[] {
  return rows.map((row) => {
    const detail = {
      parentCode: row.parentCode,
      outsideM2: row.outsideM2,
      areaM2: row.areaM2,
      liesMostlyIn: row.liesMostlyInCode,
    };
    if (row.liesMostlyInCode && (row.liesMostlyInM2 ?? 0) > row.areaM2 / 2) {
      const message = `The code says ${row.code} belongs to ${row.parentCode}, but it lies mostly in ${row.liesMostlyInCode} (${percent(row.liesMostlyInM2 ?? 0, row.areaM2)}).`;
      return featureProblem(row.featureIndex, row.code, 'PARENT_MISMATCH', message, detail);
    }
    const message = `${m2(row.outsideM2)} (${percent(row.outsideM2, row.areaM2)}) of ${row.code} lies outside its parent ${row.parentCode}.`;
    return featureProblem(row.featureIndex, row.code, 'OUTSIDE_PARENT', message, detail);
  });
}

export function overlapProblems(rows: OverlapRow[]): FeatureProblem[] {
  return rows.map((row) => {
    const other =
      row.otherFeatureIndex === null
        ? `the current ${row.otherCode}`
        : `${row.otherCode} (feature ${row.otherFeatureIndex})`;
    return featureProblem(
      row.featureIndex,
      row.code,
      'OVERLAP',
      `${row.code} overlaps ${other} by ${m2(row.overlapM2)}.`,
      {
        otherCode: row.otherCode,
        otherFeatureIndex: row.otherFeatureIndex,
        overlapM2: row.overlapM2,
      },
    );
  });
}

export function gapOf(row: CoverageGapRow): CoverageGap {
  const uncoveredM2 = row.parentM2 - row.coveredM2;
  const near = row.location ? ` (for example at [${row.location.map((n) => n.toFixed(6)).join(', ')}])` : '';
  return {
    parentCode: row.parentCode,
    parentName: row.parentName,
    uncoveredM2,
    uncoveredRatio: row.parentM2 > 0 ? uncoveredM2 / row.parentM2 : 0,
    location: row.location,
    message: `${m2(uncoveredM2)} (${percent(uncoveredM2, row.parentM2)}) of ${row.parentCode} ${row.parentName} is covered by none of its children${near}.`,
  };
}

export function withoutBoundaryWarnings(rows: ParentWithoutBoundaryRow[]): ImportWarning[] {
  return rows.map((row) => ({
    warning: 'PARENT_WITHOUT_BOUNDARY',
    message: `${row.parentCode} ${row.parentName} has no boundary yet, so containment and gaps of its ${row.features} features went unchecked.`,
    detail: { parentCode: row.parentCode, features: row.features },
  }));
}
