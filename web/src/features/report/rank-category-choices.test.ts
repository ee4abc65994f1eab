import { describe, expect, it } from 'vitest';
import type { CategoryChoice } from './category-choices';
import { picksOf, rankCategoryChoices } from './rank-category-choices';
import { seededChoices } from './seeded-catalog-fixture';

const names = (choices: readonly CategoryChoice[]) => choices.map((choice) => choice.name);
const choiceNamed = (name: string, kind = 'EVENT') => {
  const found = seededChoices.find((choice) => choice.name === name && choice.kind === kind);
  if (found === undefined) throw new Error(`no seeded ${kind} class ${name}`);
  return found;
};

describe('rankCategoryChoices', () => {
  it('finds a class by its pinyin initials, the exact ones first', () => {
    expect(names(rankCategoryChoices(seededChoices, 'sgrm', {}))).toEqual(['施工扰民']);
    const bl = names(rankCategoryChoices(seededChoices, 'bl', {}));
    expect(bl[0]).toBe('暴露垃圾');
  });

  it('finds a class by part of its Chinese name, prefix matches before the rest', () => {
    const found = names(rankCategoryChoices(seededChoices, '垃圾', {}));
    expect(found.slice(0, 2)).toEqual(['垃圾站', '暴露垃圾']);
    expect(found).toContain('积存垃圾渣土');
    expect(found).not.toContain('施工扰民');
  });

  it('finds a class through its major class or a condition’s wording, after name matches', () => {
    const construction = names(rankCategoryChoices(seededChoices, '施工', {}));
    // three names start with 施工; 工地扬尘 and 道路遗撒 are in the major class 施工管理
    expect(construction).toEqual(['施工扰民', '施工占道', '施工废弃料', '工地扬尘', '道路遗撒']);
    expect(names(rankCategoryChoices(seededChoices, '噪声', {}))).toEqual(['施工扰民']);
  });

  it('matches English names, ignoring case and spaces', () => {
    expect(names(rankCategoryChoices(seededChoices, 'Illegal Parking', {}))).toEqual(['机动车乱停放']);
    const parking = names(rankCategoryChoices(seededChoices, 'park', {}));
    expect(parking).toEqual(expect.arrayContaining(['机动车乱停放', '非机动车乱停放', '停车场']));
    expect(parking).not.toContain('公交站亭'); // Bus shelter: no word starts with park
  });

  it('puts the officer’s frequent picks first, without a query and within a tier', () => {
    const parking = choiceNamed('机动车乱停放');
    const noise = choiceNamed('施工扰民');
    const counts = { [parking.conditions[1]?.id ?? 0]: 2, [noise.conditions[0]?.id ?? 0]: 5 };
    expect(names(rankCategoryChoices(seededChoices, '', counts)).slice(0, 3)).toEqual([
      '施工扰民',
      '机动车乱停放',
      seededChoices[0]?.name,
    ]);
    expect(picksOf(parking, counts)).toBe(2);
    // 'j' starts both 机动车乱停放 and many others: the frequent one leads the prefix tier
    expect(names(rankCategoryChoices(seededChoices, 'jd', counts))[0]).toBe('机动车乱停放');
  });

  it('offers everything in catalog order, events first, when nothing is typed or picked', () => {
    const all = rankCategoryChoices(seededChoices, '  ', {});
    expect(all).toHaveLength(seededChoices.length);
    expect(all[0]?.kind).toBe('EVENT');
    expect(all.at(-1)?.kind).toBe('COMPONENT');
  });

  it('returns nothing for text no class matches', () => {
    expect(rankCategoryChoices(seededChoices, 'qqqq', {})).toEqual([]);
  });
});
