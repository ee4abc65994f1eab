import type { MetricDirection } from './metric-format';

/**
 * The colours of the choropleth: five equal-interval classes between the smallest and largest
 * value shown. Rates and hours run from red (bad) to green (good), whichever way is better; counts
 * use one blue ramp (more is darker), since more reports is not by itself bad news. Colours come
 * from ColorBrewer's RdYlGn and Blues, readable against the map's grey background.
 */

const GOOD_TO_BAD_RAMP = ['#1a9850', '#91cf60', '#fee08b', '#fc8d59', '#d73027'] as const;
const SEQUENTIAL_RAMP = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const NO_DATA_COLOUR = '#c9ced6';

export interface ChoroplethClass {
  colour: string;
  /** Lower bound (included). */
  from: number;
  /** Upper bound (included for the last class). */
  to: number;
}

/**
 * The classes for some values (nulls ignored); empty when there is no value at all. A single
 * distinct value makes one class.
 *
 * @example choroplethClasses([0.5, 1], 'higher').map((c) => c.colour)[4] // '#1a9850'
 */
export function choroplethClasses(values: readonly (number | null)[], direction: MetricDirection): ChoroplethClass[] {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (present.length === 0) return [];
  const min = Math.min(...present);
  const max = Math.max(...present);
  const ramp = rampOf(direction);
  if (min === max) return [{ colour: ramp[ramp.length - 1] as string, from: min, to: max }];
  const width = (max - min) / ramp.length;
  return ramp.map((colour, index) => ({
    colour,
    from: min + index * width,
    to: index === ramp.length - 1 ? max : min + (index + 1) * width,
  }));
}

/** The colour of a value among the classes; the no-data grey for null or no classes. */
export function colourOf(value: number | null | undefined, classes: readonly ChoroplethClass[]): string {
  if (value === null || value === undefined || classes.length === 0) return NO_DATA_COLOUR;
  const found = classes.find((entry) => value <= entry.to);
  return (found ?? classes[classes.length - 1])?.colour ?? NO_DATA_COLOUR;
}

/** Classes ascend by value, so the ramp is read low → high: for "higher is better", bad first. */
function rampOf(direction: MetricDirection): readonly string[] {
  if (direction === 'neutral') return SEQUENTIAL_RAMP;
  return direction === 'higher' ? [...GOOD_TO_BAD_RAMP].reverse() : GOOD_TO_BAD_RAMP;
}
