import { describe, expect, it } from 'vitest';
import { isGridInScope } from './is-grid-in-scope';

describe('isGridInScope', () => {
  it('takes grids of the officer’s street and refuses its neighbour’s', () => {
    expect(isGridInScope('310101002003004', '310101002')).toBe(true);
    expect(isGridInScope('310101013001001', '310101002')).toBe(false);
  });

  it('reads a district, a community and a city as the API does', () => {
    expect(isGridInScope('310101002003004', '310101')).toBe(true);
    expect(isGridInScope('310101002003004', '310101002003')).toBe(true);
    expect(isGridInScope('310101002004001', '310101002003')).toBe(false);
    expect(isGridInScope('310115001001001', '310100')).toBe(true);
    expect(isGridInScope('320102001001001', '310100')).toBe(false);
  });
});
