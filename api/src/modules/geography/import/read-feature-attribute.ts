/**
 * The value of the first attribute in `candidates` that the feature has, as trimmed text: exact
 * names first, then the same names ignoring case (CODE, Code…). Numbers become their digits when
 * they are safe integers (a code stored as a number); anything else counts as absent.
 *
 * @example
 * readFeatureAttribute({ 网格编码: 310101002001001 }, ['code', '网格编码']); // '310101002001001'
 */
export function readFeatureAttribute(
  properties: Record<string, unknown>,
  candidates: readonly string[],
): string | null {
  const keys = Object.keys(properties);
  for (const candidate of candidates) {
    const key = candidate in properties ? candidate : undefined;
    const value = key === undefined ? undefined : asText(properties[key]);
    if (value) return value;
  }
  for (const candidate of candidates) {
    const key = keys.find((name) => name.toLowerCase() === candidate.toLowerCase());
    const value = key === undefined ? undefined : asText(properties[key]);
    if (value) return value;
  }
  return null;
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return undefined;
}
