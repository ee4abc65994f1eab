import { DomainError } from '../../../../errors/domain-error.js';

/** Code-page numbers that .cpg files and ArcGIS write, mapped to WHATWG encoding labels. */
const codePages: Record<string, string> = {
  '65001': 'utf-8',
  '936': 'gbk',
  '54936': 'gb18030',
  '1252': 'windows-1252',
};
/** dBASE language driver IDs (byte 29 of the header) that name a Chinese code page. */
const gbkLanguageDrivers = new Set([0x4d, 0x7a]);

/**
 * Chooses how to decode a .dbf's text. In order: the .cpg file (e.g. "UTF-8", "GBK", "CP936",
 * "ANSI 936"), the language driver byte of the dBASE header (0x4D / 0x7A: GBK), then the bytes
 * themselves: strict UTF-8 if they decode as such, otherwise GBK (the ANSI code page of Chinese
 * Windows, where most Chinese shapefiles are written). An unknown .cpg is refused (INVALID_FILE).
 */
export function dbfTextDecoder(dbf: Uint8Array, cpg: string | null): TextDecoder {
  if (cpg !== null) return decoderForCodePage(cpg);
  if (gbkLanguageDrivers.has(dbf[29] ?? 0)) return new TextDecoder('gbk');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf);
    return new TextDecoder('utf-8');
  } catch {
    return new TextDecoder('gbk');
  }
}

function decoderForCodePage(cpg: string): TextDecoder {
  const label = cpg.trim();
  const codePage = /^(?:ansi\s*|cp)?(\d+)$/i.exec(label)?.[1]; // "936", "CP936", "ANSI 936"
  try {
    return new TextDecoder((codePage && codePages[codePage]) || label);
  } catch {
    throw new DomainError(
      'INVALID_FILE',
      `The shapefile's .cpg names an unknown encoding "${cpg.trim()}"; use UTF-8 or GBK.`,
      {
        cpg: cpg.trim(),
      },
    );
  }
}
