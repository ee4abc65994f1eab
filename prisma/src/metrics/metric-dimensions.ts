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
