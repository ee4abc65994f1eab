import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LngLat } from '@gridloop/geo';
import { dataDirectory } from '@gridloop/prisma';

/** A 2016 street/town (`town`) or community/village (`village`) that has a centre point. */
export interface AdcodeCentre {
  /** 12-digit code of 2016 (a town's ends in 000). */
  code: string;
  name: string;
  level: 'town' | 'village';
  /** The published centre, GCJ-02 as shipped: convert before use. */
  centreGcj02: LngLat;
}

const adcodeDirectory = join(dataDirectory, 'shanghai', 'adcode-2016');
/** Column positions in the headerless files, in the order of adcode.ddl. */
const column = { code: 0, name: 2, level: 3, longitude: 12, latitude: 13 } as const;

/**
 * The town and village centre points of the 2016 Shanghai division table (Vonng/adcode, CC BY
 * 4.0), one file per district. Rows without a centre (most villages, 19 towns) are left out.
 * The files hold no quoted fields; a quote is rejected rather than mis-split.
 */
export function readAdcode2016Centres(directory = adcodeDirectory): AdcodeCentre[] {
  const files = readdirSync(directory).filter((name) => /^\d{6}\.csv$/.test(name));
  return files.sort().flatMap((file) => parseAdcodeFile(readFileSync(join(directory, file), 'utf8'), file));
}

function parseAdcodeFile(text: string, file: string): AdcodeCentre[] {
  if (text.includes('"')) throw new Error(`${file} has quoted fields, which this reader does not support`);
  return text
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
    .flatMap((line) => {
      const cells = line.split(',');
      const level = cells[column.level];
      const lng = Number(cells[column.longitude]);
      const lat = Number(cells[column.latitude]);
      if ((level !== 'town' && level !== 'village') || !cells[column.longitude] || !cells[column.latitude]) return [];
      if (!Number.isFinite(lng) || !Number.isFinite(lat)) throw new Error(`${file}: bad centre in line ${line}`);
      return [{ code: cells[column.code] ?? '', name: cells[column.name] ?? '', level, centreGcj02: [lng, lat] }];
    });
}
