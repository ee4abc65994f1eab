import { parseAreaCode, parseGridCode } from '@gridloop/geo';
import type { ImportableLayer } from './import-options.js';

export type CodeCheck = { ok: true; code: string; parentCodes: string[] } | { ok: false; message: string };

const areaLevelOf = { DISTRICT: 'DISTRICT', STREET: 'STREET', COMMUNITY: 'COMMUNITY' } as const;
/**
 * A responsibility grid code: up to 24 characters, an optional letter prefix (R…), then the code of
 * the street (9 digits) or community (12) the beat lies in, then letters, digits, '-' or '_'.
 */
const responsibilityCode = /^[A-Za-z]{0,3}(\d{9,})[0-9A-Za-z_-]*$/;

/**
 * Checks a feature's code against its layer with geo's parsers and names the parent to look up:
 * districts (6 digits) under their city, streets (9) under their district, communities (12) under
 * their street, unit grids (15 = community 12 + sequence 3) under their community, responsibility
 * grids under the community their first 12 digits name if it exists, else their street.
 * Padded area codes (310101002000) are accepted and stored in canonical form (310101002).
 */
export function checkFeatureCode(layer: ImportableLayer, raw: string): CodeCheck {
  try {
    if (layer === 'UNIT_GRID') {
      const grid = parseGridCode(raw);
      return { ok: true, code: raw, parentCodes: [grid.communityCode] };
    }
    if (layer === 'RESPONSIBILITY_GRID') return checkResponsibilityCode(raw);
    const area = parseAreaCode(raw);
    if (area.level !== areaLevelOf[layer]) {
      return {
        ok: false,
        message: `${raw} is a ${area.level.toLowerCase()} code; a ${layer.toLowerCase()} layer needs ${layer.toLowerCase()} codes.`,
      };
    }
    const parent =
      layer === 'DISTRICT'
        ? area.cityCode
        : layer === 'STREET'
          ? (area.districtCode ?? area.cityCode)
          : area.streetCode;
    return { ok: true, code: area.code, parentCodes: parent ? [parent] : [] };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function checkResponsibilityCode(raw: string): CodeCheck {
  const digits = responsibilityCode.exec(raw)?.[1] ?? '';
  const street = digits.slice(0, 9);
  if (raw.length > 24 || digits.length < 9 || parseAreaCode(street).level !== 'STREET') {
    return {
      ok: false,
      message:
        `responsibility grid code ${JSON.stringify(raw)} must hold the code of its street (9 digits) or community (12) ` +
        'after an optional letter prefix, in at most 24 letters, digits, "-" or "_"',
    };
  }
  return { ok: true, code: raw, parentCodes: digits.length >= 12 ? [digits.slice(0, 12), street] : [street] };
}
