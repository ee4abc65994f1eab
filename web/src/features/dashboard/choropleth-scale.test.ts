import { describe, expect, it } from 'vitest';
import { choroplethClasses, colourOf, NO_DATA_COLOUR } from './choropleth-scale';

describe('choropleth classes', () => {
  it('splits the range into five equal classes, red for the worst rate and green for the best', () => {
    const classes = choroplethClasses([0.5, 0.75, 1, null], 'higher');
    expect(classes).toHaveLength(5);
    expect(classes[0]).toMatchObject({ from: 0.5, to: 0.6, colour: '#d73027' });
    expect(classes[4]).toMatchObject({ to: 1, colour: '#1a9850' });
    expect(colourOf(0.5, classes)).toBe('#d73027');
    expect(colourOf(1, classes)).toBe('#1a9850');
    expect(colourOf(0.61, classes)).toBe(classes[1]?.colour);
  });

  it('turns the ramp round when lower is better, and uses blues for counts', () => {
    expect(choroplethClasses([0, 1], 'lower')[0]?.colour).toBe('#1a9850');
    expect(choroplethClasses([0, 10], 'neutral')[4]?.colour).toBe('#08519c');
  });

  it('greys out areas without a value, and makes one class of one value', () => {
    expect(choroplethClasses([null], 'higher')).toEqual([]);
    expect(colourOf(null, choroplethClasses([1], 'higher'))).toBe(NO_DATA_COLOUR);
    expect(choroplethClasses([1, 1], 'higher')).toHaveLength(1);
  });
});
