/** A rule whose area contains the case's grid and whose class is the case's minor class or its major. */
export interface RoutingRule {
  /** District (6), street (9), community (12) or unit grid (15) code. */
  areaCode: string;
  isMinorClass: boolean;
  departmentId: number;
}

export type RoutingBasis = 'UNIT_GRID' | 'COMMUNITY' | 'STREET' | 'DISTRICT' | 'STREET_OFFICE_FALLBACK';

export interface RoutingSuggestion {
  departmentId: number;
  /** Why this department: the level of the rule that matched, or the territorial fallback. */
  basis: RoutingBasis;
  /** The rule's area code (null for the fallback). */
  areaCode: string | null;
}

const basisByCodeLength: Record<number, RoutingBasis> = {
  15: 'UNIT_GRID',
  12: 'COMMUNITY',
  9: 'STREET',
  6: 'DISTRICT',
};

/**
 * The department a case should go to (DESIGN.md §2.4 auto-dispatch): the rule with the most specific
 * area wins (grid > community > street > district, i.e. the longest code), a rule for the minor class
 * beats one for its major at the same level, and without any rule the street office takes it (属地兜底).
 * Candidates must already be the rules that apply to the case (area contains its grid, class matches).
 * Null when there is neither a rule nor a street office: the dispatcher chooses by hand.
 *
 * @example suggestDepartment([{ areaCode: '310101', isMinorClass: true, departmentId: 7 },
 *   { areaCode: '310101002', isMinorClass: false, departmentId: 9 }], 3) // → { departmentId: 9, basis: 'STREET', … }
 */
export function suggestDepartment(
  candidates: readonly RoutingRule[],
  streetOfficeId: number | null,
): RoutingSuggestion | null {
  const best = [...candidates].sort(bySpecificity)[0];
  if (best) {
    const basis = basisByCodeLength[best.areaCode.length];
    if (!basis) throw new RangeError(`a responsibility rule has an area code of unexpected length: ${best.areaCode}`);
    return { departmentId: best.departmentId, basis, areaCode: best.areaCode };
  }
  return streetOfficeId === null
    ? null
    : { departmentId: streetOfficeId, basis: 'STREET_OFFICE_FALLBACK', areaCode: null };
}

function bySpecificity(a: RoutingRule, b: RoutingRule): number {
  return (
    b.areaCode.length - a.areaCode.length ||
    Number(b.isMinorClass) - Number(a.isMinorClass) ||
    a.departmentId - b.departmentId
  );
}
