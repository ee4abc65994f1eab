/**
 * The first letter of the pinyin of every character that occurs in the seeded category names
 * (api/src/seed/catalog/standard-catalog.ts), so an officer can type `sgrm` for 施工扰民 or `bllj`
 * for 暴露垃圾. A full pinyin dictionary is tens of kilobytes of JavaScript on the report screen's
 * budget; the category names use about two hundred characters, so they are listed here by hand and
 * a test fails when a seeded name uses one that is missing. Polyphones take the reading they have in
 * those names (行 in 行道树 is xíng, 塞 in 堵塞 is sè). zh, ch, sh count as z, c, s, as in every
 * Chinese initials search.
 */
const CHARACTERS_BY_INITIAL: Readonly<Record<string, string>> = {
  a: '安',
  b: '不冰匾报暴标箅',
  c: '传厕场城存尘池车餐',
  d: '动地堆堵墩搭灯电道雕',
  f: '发幅废放法焚粪防非',
  g: '公共古告岗工广挂果盖管观规购隔高',
  h: '化号患或户护横火环花黑',
  j: '井交件健圾境建接景机架洁监积经结街',
  k: '刊客控烤空',
  l: '乱力垃拉料晾来林栏流浪理离绿缆裂路辆遛露',
  m: '名木民盲面',
  p: '品牌皮破',
  q: '乞其弃桥气犬群',
  r: '人容扰热燃',
  s: '上事商塑塞市所损撒收散施树水烧私设身',
  t: '亭他停土坛塌天头突筒讨通题',
  w: '外无污物违问',
  x: '下信宣小序悬消箱线行讯陷雪',
  y: '叶园域夜扬椅油沿游烟用眼营语遗邮隐雨饮',
  z: '主占坠子座志招早渣灾照租秩站脏自',
};

const INITIAL_OF = new Map<string, string>(
  Object.entries(CHARACTERS_BY_INITIAL).flatMap(([initial, characters]) =>
    [...characters].map((character) => [character, initial] as const),
  ),
);

/** True when the table knows the character's initial. */
export function hasPinyinInitial(character: string): boolean {
  return INITIAL_OF.has(character);
}

/**
 * The pinyin initials of a name: one lower-case letter per known Chinese character, latin letters
 * and digits kept (lower-cased), everything else (punctuation, unknown characters) skipped.
 *
 * @example pinyinInitials('施工扰民') // 'sgrm'
 * @example pinyinInitials('雨水箅子') // 'ysbz'
 */
export function pinyinInitials(name: string): string {
  let initials = '';
  for (const character of name) {
    const initial = INITIAL_OF.get(character);
    if (initial !== undefined) initials += initial;
    else if (/^[a-z0-9]$/i.test(character)) initials += character.toLowerCase();
  }
  return initials;
}
