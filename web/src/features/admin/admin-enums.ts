/**
 * The API's reference-data enums the admin forms offer (api/schema.graphql is the source), in the
 * order a city lists them. Case enums (time units, steps) live in cases/case-enums.ts.
 */

export const DEPARTMENT_TYPES = [
  'STREET_OFFICE',
  'CITY_MANAGEMENT',
  'GREENING_SANITATION',
  'ROADS',
  'WATER',
  'TRAFFIC_POLICE',
  'MARKET_REGULATION',
  'HOUSING',
  'UTILITY',
  'PUBLIC_SECURITY',
  'OTHER',
] as const;
export type DepartmentType = (typeof DEPARTMENT_TYPES)[number];

export const CATEGORY_KINDS = ['EVENT', 'COMPONENT'] as const;
export type CategoryKind = (typeof CATEGORY_KINDS)[number];

export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'MAKE_UP_WORKDAY'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];
