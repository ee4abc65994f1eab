import type { AreaLevel } from '../generated/prisma/enums.js';

const levelsTopDown: readonly AreaLevel[] = ['CITY', 'DISTRICT', 'STREET', 'COMMUNITY'];

/**
 * Writes area rows one level at a time, city first, so a child's parent code always resolves to
 * a row written by an earlier statement. Returns the total rows written.
 */
export async function writeLevelByLevel<Row extends { level: AreaLevel }>(
  rows: readonly Row[],
  write: (batch: Row[]) => Promise<number>,
): Promise<number> {
  let written = 0;
  for (const level of levelsTopDown) {
    const batch = rows.filter((row) => row.level === level);
    if (batch.length > 0) written += await write(batch);
  }
  return written;
}
