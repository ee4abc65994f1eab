import type { CaseSource } from '@gridloop/prisma';
import type { CaseDraft, CaseLife } from './case-life.js';
import { historyRates as rates } from './history-rates.js';
import type { HistoryWorld } from './history-world.js';
import type { HistoryDay } from './plan-history-days.js';
import { createRandom, pickFrom, type Random } from './random.js';
import { sampleCaseLife } from './sample-case-life.js';
import { weightedTable } from './weighted-table.js';

const sources = weightedTable(Object.keys(rates.sources) as CaseSource[], Object.values(rates.sources));
const hours = weightedTable(
  rates.hours.map((_, hour) => hour),
  rates.hours,
);

export interface DrawDayOptions {
  world: HistoryWorld;
  seed: number;
  day: HistoryDay;
  /** Reserved case ids, one per case of the day, ascending: given to the cases in report order. */
  ids: readonly number[];
  /** The last daily sequence already used per district on this day (codes continue after it). */
  lastSequence: ReadonlyMap<string, number>;
  /** The history's end: lives stop there. */
  endAt: Date;
}

/**
 * Every case reported on one day, in report order, with codes and lives. The day has its own random
 * stream (seed, day index), so it comes out the same whatever was drawn before it.
 */
export function drawHistoryDay(options: DrawDayOptions): CaseLife[] {
  return [...historyDayLives(options)];
}

/**
 * drawHistoryDay one case at a time: the same lives in the same order (the drafts are drawn first,
 * then each life from the same stream), for a loader that lets its COPY stream on between cases.
 */
export function* historyDayLives({ world, seed, day, ids, lastSequence, endAt }: DrawDayOptions): Generator<CaseLife> {
  if (ids.length !== day.count) throw new RangeError(`day ${day.date} needs ${day.count} ids, got ${ids.length}`);
  const random = createRandom(seed, day.index + 1);
  const span = day.end.getTime() - day.start.getTime();
  const instants = Array.from({ length: day.count }, () => reportInstant(random, day.start.getTime(), span)).sort(
    (a, b) => a - b,
  );
  const sequences = new Map(lastSequence);
  const drafts: CaseDraft[] = [];
  const compactDate = day.date.replaceAll('-', '');
  instants.forEach((instant, index) => {
    const draft = drawDraft(world, random, drafts);
    const sequence = (sequences.get(draft.grid.districtCode) ?? 0) + 1;
    if (sequence > 99_999) throw new RangeError(`more than 99999 cases on ${day.date} in ${draft.grid.districtCode}`);
    sequences.set(draft.grid.districtCode, sequence);
    const code = `${draft.grid.districtCode}${compactDate}${String(sequence).padStart(5, '0')}`;
    const { source, grid, point, condition, duplicateOfId } = draft;
    const id = ids[index] as number;
    drafts.push({ id, code, source, reportedAt: new Date(instant), grid, point, condition, duplicateOfId });
  });
  for (const draft of drafts) yield sampleCaseLife(world, random, draft, endAt);
}

/** Within the day, by the hour profile; a whole-second instant. */
function reportInstant(random: Random, dayStart: number, span: number): number {
  const hour = hours.pick(random);
  const offset = Math.floor((hour + random.next()) * 3600) * 1000;
  return dayStart + Math.min(offset, span - 1000);
}

type DraftWithoutIdentity = Omit<CaseDraft, 'id' | 'code' | 'reportedAt'>;

/** Where and what: a repeat of a recent case of the day now and then, else a fresh draw. */
function drawDraft(world: HistoryWorld, random: Random, earlier: readonly CaseDraft[]): DraftWithoutIdentity {
  const source = sources.pick(random);
  if (earlier.length && random.chance(rates.duplicate)) {
    const original = earlier[Math.max(0, earlier.length - 1 - random.int(20))] as CaseDraft;
    return {
      source,
      grid: original.grid,
      point: original.point,
      condition: original.condition,
      duplicateOfId: original.id,
    };
  }
  const grid = world.grids.pick(random);
  const point = pickFrom(random, grid.points) ?? grid.points[0];
  if (!point) throw new Error(`unit grid ${grid.code} has no sample point`);
  return { source, grid, point, condition: world.conditions.pick(random), duplicateOfId: null };
}
