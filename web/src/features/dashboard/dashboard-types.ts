import type { Period } from './dashboard-period';
import type { MetricKind } from './metric-format';

/** The API's `MetricGroupBy`: what a ranking table has one row per. */
export type MetricGroupBy =
  | 'DISTRICT'
  | 'STREET'
  | 'COMMUNITY'
  | 'GRID'
  | 'BEAT'
  | 'DEPARTMENT'
  | 'CATEGORY'
  | 'SOURCE'
  | 'OFFICER';

export type TrendBucket = 'DAY' | 'WEEK' | 'MONTH';

/** The API's `AreaLevel`. */
export type AreaLevel = 'CITY' | 'DISTRICT' | 'STREET' | 'COMMUNITY';

/** `MetricValues`: each field by its name in `metricDefinitions` (rates 0..1, hours, counts). */
export type MetricValues = Readonly<Record<string, number | null>>;

export interface MetricDefinition {
  name: string;
  zh: string;
  en: string;
  kind: MetricKind;
  isLowerBetter: boolean;
  description: string;
}

export interface MetricSummary {
  period: Period;
  previousPeriod: Period;
  lastYearPeriod: Period;
  values: MetricValues;
  previous: MetricValues;
  lastYear: MetricValues;
  overdueNow: number;
  score: number | null;
  grade: string | null;
}

export interface MetricTableRow {
  key: string;
  name: string;
  rank: number | null;
  score: number | null;
  previousScore: number | null;
  grade: string | null;
  values: MetricValues;
}

export interface MetricTrendPoint {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  values: MetricValues;
}

export interface HotspotBin {
  lat: number;
  lng: number;
  cases: number;
}

export interface HotspotCount {
  key: string;
  name: string;
  cases: number;
}

export interface Hotspots {
  bins: HotspotBin[];
  topGrids: HotspotCount[];
  topCategories: HotspotCount[];
}

export interface OverdueCase {
  id: string;
  code: string;
  categoryName: string;
  departmentName: string | null;
  gridCode: string;
  status: string;
  step: string | null;
  stepDeadlineAt: string;
}

export interface AreaNode {
  code: string;
  name: string;
  level: AreaLevel;
}

/** An area with the areas one level down, for the drill-down picker. */
export interface AreaWithChildren extends AreaNode {
  parent: { code: string } | null;
  children: AreaNode[];
}

/** The ranking one level below an area: a district's streets, a street's communities… */
export function childGroupOf(level: AreaLevel): MetricGroupBy {
  switch (level) {
    case 'CITY':
      return 'DISTRICT';
    case 'DISTRICT':
      return 'STREET';
    case 'STREET':
      return 'COMMUNITY';
    case 'COMMUNITY':
      return 'GRID';
  }
}
