import { readStored, writeStored } from './device-storage';
import type { PickCounts } from './rank-category-choices';

const keyOf = (username: string) => `picks.${username}`;

/** How often this officer picked each filing condition on this device (their "frequent" list). */
export function readPickCounts(username: string): PickCounts {
  return readStored<PickCounts>(keyOf(username)) ?? {};
}

/**
 * Counts one more pick of a condition and returns the new counts. Counting per device and per user
 * keeps it private and needs no API; a new phone starts from the catalog order.
 */
export function recordPick(username: string, conditionId: number): PickCounts {
  const counts = addPick(readPickCounts(username), conditionId);
  writeStored(keyOf(username), counts);
  return counts;
}

/**
 * The counts with one more pick of a condition (a new object: React state and storage both see a change).
 *
 * @example addPick({ 7: 2 }, 7) // { 7: 3 }
 */
export function addPick(counts: PickCounts, conditionId: number): PickCounts {
  return { ...counts, [conditionId]: (counts[conditionId] ?? 0) + 1 };
}
