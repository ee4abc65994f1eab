import { formatGridCode, groupIntoBeats, readingOrder } from '@gridloop/geo';
import type { CellAssignment, GenerationCellRow } from '@gridloop/prisma';
import { DomainError } from '../../../errors/domain-error.js';
import { formatBeatCode, formatBeatName } from './beat-label.js';

/** Sequences have 3 digits, in grid codes (GB/T 30428.1) and in beat codes alike. */
const maxSequence = 999;

/**
 * Numbers the cells of each community in reading order (west → east, north → south) into 15-digit
 * unit grid codes, and groups the cells of each street into beats of at most `beatSize`.
 * TOO_MANY_GRIDS when a community would need more than 999 grids or a street more than 999 beats.
 */
export function assignCodesAndBeats(cells: readonly GenerationCellRow[], beatSize: number): CellAssignment[] {
  const codes = numberCommunities(cells);
  const beats = groupStreets(cells, beatSize);
  return cells.map((cell) => {
    const beat = beats.get(cell.id) as { sequence: number };
    return {
      id: cell.id,
      code: codes.get(cell.id) as string,
      beatCode: formatBeatCode(cell.streetCode, beat.sequence),
      beatName: formatBeatName(cell.streetName, beat.sequence),
    };
  });
}

function numberCommunities(cells: readonly GenerationCellRow[]): Map<number, string> {
  const codes = new Map<number, string>();
  for (const [communityCode, members] of groupBy(cells, (cell) => cell.communityCode)) {
    if (members.length > maxSequence) {
      throw new DomainError(
        'TOO_MANY_GRIDS',
        `Community ${communityCode} would get ${members.length} unit grids; codes allow ${maxSequence}. Choose a larger targetAreaM2.`,
        { field: 'targetAreaM2', communityCode, unitGrids: members.length },
      );
    }
    const rowHeight = (members[0] as GenerationCellRow).side;
    readingOrder(members, rowHeight).forEach((index, position) => {
      codes.set((members[index] as GenerationCellRow).id, formatGridCode(communityCode, position + 1));
    });
  }
  return codes;
}

function groupStreets(cells: readonly GenerationCellRow[], beatSize: number): Map<number, { sequence: number }> {
  const beats = new Map<number, { sequence: number }>();
  for (const [streetCode, members] of groupBy(cells, (cell) => cell.streetCode)) {
    const beatOf = groupIntoBeats(members, (members[0] as GenerationCellRow).side, beatSize);
    const beatCount = beatOf.reduce((most, beat) => Math.max(most, beat), -1) + 1;
    if (beatCount > maxSequence) {
      throw new DomainError(
        'TOO_MANY_GRIDS',
        `Street ${streetCode} would get ${beatCount} responsibility grids; codes allow ${maxSequence}. Choose a larger beatSize.`,
        { field: 'beatSize', streetCode, responsibilityGrids: beatCount },
      );
    }
    members.forEach((cell, index) => {
      beats.set(cell.id, { sequence: (beatOf[index] as number) + 1 });
    });
  }
  return beats;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
