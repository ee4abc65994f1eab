import type { CategoryChoice, ConditionChoice } from './category-choices';

/**
 * The case description: the officer's note, or when they left it empty (reporting in seconds) the
 * class and condition they chose, which is what the dispatch center needs to read anyway. The API
 * refuses a blank description.
 *
 * @example reportDescription('  ', { name: '施工扰民' }, { description: '22时至次日6时未经批准施工，噪声扰民' })
 * // '施工扰民：22时至次日6时未经批准施工，噪声扰民'
 */
export function reportDescription(
  note: string,
  choice: Pick<CategoryChoice, 'name'>,
  condition: Pick<ConditionChoice, 'description'>,
): string {
  const written = note.trim();
  return written === '' ? `${choice.name}：${condition.description}` : written;
}
