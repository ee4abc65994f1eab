import type { CategoryChoice } from './category-choices';
import { pinyinInitials } from './pinyin-initials';

/** How often this officer picked each filing condition, by condition id. */
export type PickCounts = Readonly<Record<number, number>>;

/** How well a choice matches: lower is better; undefined means no match. */
type Tier = 0 | 1 | 2 | 3;

/**
 * The minors to show for what the officer typed: best match first (exact name or initials, then
 * prefix, then anywhere in the name, then the major class or a condition's wording), and within a
 * tier the ones this officer picks most, then catalog order. Nothing typed: everything, most
 * picked first. Chinese matches by characters, latin letters by pinyin initials or the English name.
 *
 * @example rankCategoryChoices(choices, 'sgrm', {}) // [施工扰民]
 * @example rankCategoryChoices(choices, '', { 42: 3 }) // the minor of condition 42 first, then the catalog
 */
export function rankCategoryChoices(
  choices: readonly CategoryChoice[],
  query: string,
  counts: PickCounts,
): CategoryChoice[] {
  const needle = squeeze(query);
  const scored = choices.flatMap((choice, index) => {
    const tier = needle === '' ? 0 : matchTier(choice, needle);
    return tier === undefined ? [] : [{ choice, tier, picks: picksOf(choice, counts), index }];
  });
  scored.sort((a, b) => a.tier - b.tier || b.picks - a.picks || a.index - b.index);
  return scored.map((entry) => entry.choice);
}

/** All picks of a minor: the sum over its filing conditions. */
export function picksOf(choice: CategoryChoice, counts: PickCounts): number {
  return choice.conditions.reduce((sum, condition) => sum + (counts[condition.id] ?? 0), 0);
}

function matchTier(choice: CategoryChoice, needle: string): Tier | undefined {
  const { name, initials } = choice;
  const english = squeeze(choice.nameEn);
  if (name === needle || initials === needle || english === needle) return 0;
  if (name.startsWith(needle) || initials.startsWith(needle) || english.startsWith(needle)) return 1;
  if (name.includes(needle) || initials.includes(needle) || hasWordStarting(choice.nameEn, needle)) return 2;
  if (
    choice.majorName.includes(needle) ||
    pinyinInitials(choice.majorName).startsWith(needle) ||
    hasWordStarting(choice.majorNameEn, needle) ||
    choice.conditions.some((condition) => condition.description.includes(needle))
  ) {
    return 3;
  }
  return undefined;
}

/** English matches by word beginnings ("park" finds "Illegal parking"), not by any two letters. */
function hasWordStarting(text: string | null, needle: string): boolean {
  return (text ?? '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => word.startsWith(needle));
}

/** Lower case without spaces: how typed text and English names are compared. */
function squeeze(text: string | null): string {
  return (text ?? '').toLowerCase().replace(/\s+/g, '');
}
