import { type DateRange, type HotspotBin, type PrismaClient, selectHotspotBins } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import type { Viewer } from '../auth/viewer.js';
import { namesOfKeys } from './metric-names.js';
import { validPeriod } from './metric-period.js';
import { type MetricScopeInput, resolveMetricScope } from './metric-scope.js';
import { selectGroupedRows } from './scope-rows.js';

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

const binMetersRange = { min: 20, max: 5000 } as const;
const maxBins = 5000;
const topCount = 10;
/** Bins are counted from the per-case facts: keep the period to a quarter so a city stays fast. */
const maxHotspotDays = 92;

/** Heat-map bins of the cases reported in a period within an area, with its top grids and categories. */
export async function metricHotspots(
  prisma: PrismaClient,
  viewer: Viewer,
  request: { period: DateRange; scope?: MetricScopeInput | null; binMeters: number },
): Promise<Hotspots> {
  const period = validPeriod(request.period, maxHotspotDays);
  const { binMeters } = request;
  if (!Number.isFinite(binMeters) || binMeters < binMetersRange.min || binMeters > binMetersRange.max) {
    throw new DomainError('BAD_REQUEST', `binMeters must be between ${binMetersRange.min} and ${binMetersRange.max}.`, {
      field: 'binMeters',
    });
  }
  const scope = await resolveMetricScope(prisma, viewer, request.scope);
  if (scope.subject) {
    throw new DomainError('BAD_REQUEST', 'Hotspots take an area scope only.', { field: 'scope' });
  }
  const [bins, grids, categories] = await Promise.all([
    selectHotspotBins(prisma, { gridCodePrefix: scope.gridCodePrefix, period, binMeters, limit: maxBins }),
    selectGroupedRows(prisma, scope, 'GRID', period),
    selectGroupedRows(prisma, scope, 'CATEGORY', period),
  ]);
  const top = async (dimension: 'GRID' | 'CATEGORY', rows: typeof grids): Promise<HotspotCount[]> => {
    const best = [...rows].sort((a, b) => b.counts.reported - a.counts.reported).slice(0, topCount);
    const names = await namesOfKeys(
      prisma,
      dimension,
      best.map((row) => row.group),
    );
    return best.map((row) => ({ key: row.group, name: names.get(row.group) ?? row.group, cases: row.counts.reported }));
  };
  return { bins, topGrids: await top('GRID', grids), topCategories: await top('CATEGORY', categories) };
}
