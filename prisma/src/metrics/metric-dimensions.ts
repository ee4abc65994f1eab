/**
 * The rollup dimensions. Area dimensions are keyed by the area's code (a prefix of the 15-digit grid
 * code); the others are stored once for all areas (area '') and once per district and per street,
 * so a district or street leader's department or category table reads few rows.
 */
export const areaDimensions = ['GRID', 'COMMUNITY', 'STREET', 'DISTRICT'] as const;
export const subjectDimensions = ['BEAT', 'DEPARTMENT', 'CATEGORY', 'SOURCE', 'OFFICER'] as const;

export type AreaDimension = (typeof areaDimensions)[number];
export type SubjectDimension = (typeof subjectDimensions)[number];
export type MetricDimension = AreaDimension | SubjectDimension;

/** Grid-code prefix length of each area dimension. */
export const areaCodeLength: Record<AreaDimension, number> = { DISTRICT: 6, STREET: 9, COMMUNITY: 12, GRID: 15 };

/**
 * The codes of an area as a range for a btree: every digit code of at most 15 digits that starts with
 * `prefix` lies between the prefix and the prefix padded with 9s to a full grid code, and no other
 * does. A range bounds an index scan where a `LIKE $prefix` parameter cannot (and it holds in any
 * collation that orders digit strings digit by digit).
 *
 * @example
 * areaCodeRange('310151'); // { from: '310151', to: '310151999999999' }
 */
export function areaCodeRange(prefix: string): { from: string; to: string } {
  if (!/^\d{0,15}$/.test(prefix)) throw new Error(`An area code prefix has at most 15 digits, got "${prefix}".`);
  return { from: prefix, to: prefix.padEnd(areaCodeLength.GRID, '9') };
}

/** The area dimension of a code by its length, or undefined for a length no area has. */
export function areaDimensionOf(code: string): AreaDimension | undefined {
  return areaDimensions.find((dimension) => areaCodeLength[dimension] === code.length);
}

/** The SQL expression (over fact alias `f`) that gives a subject dimension's key. */
export const subjectKeySql: Record<SubjectDimension, string> = {
  BEAT: 'f.beat_code',
  DEPARTMENT: 'f.department_id::text',
  CATEGORY: 'f.category_id::text',
  SOURCE: 'f.source::text',
  OFFICER: 'f.officer_id::text',
};

/** Subject rollups exist for these area prefixes: '' (everywhere), districts and streets. */
export const subjectAreaLengths = [0, 6, 9] as const;
