import { describe, expect, it } from 'vitest';
import { hasPinyinInitial, pinyinInitials } from './pinyin-initials';
import { seededCategoryNames } from './seeded-catalog-fixture';

describe('pinyinInitials', () => {
  it('knows every character of every seeded category name', () => {
    const missing = new Set(
      seededCategoryNames.flatMap((name) => [...name].filter((character) => !hasPinyinInitial(character))),
    );
    expect([...missing]).toEqual([]);
    expect(seededCategoryNames.length).toBeGreaterThan(90);
  });

  it('gives one letter per character, zh / ch / sh as z / c / s', () => {
    expect(pinyinInitials('施工扰民')).toBe('sgrm');
    expect(pinyinInitials('暴露垃圾')).toBe('bllj');
    expect(pinyinInitials('机动车乱停放')).toBe('jdcltf');
    expect(pinyinInitials('占道经营')).toBe('zdjy');
    expect(pinyinInitials('雨水箅子')).toBe('ysbz');
  });

  it('reads polyphones as the category names use them', () => {
    expect(pinyinInitials('行道树')).toBe('xds');
    expect(pinyinInitials('下水道堵塞或破损')).toBe('xsddshps');
    expect(pinyinInitials('街头散发广告')).toBe('jtsfgg');
  });

  it('keeps latin letters and digits, and skips what it does not know', () => {
    expect(pinyinInitials('12345热线')).toBe('12345rx');
    expect(pinyinInitials('A级、B级')).toBe('ab'); // 级 is in no seeded name
  });
});
