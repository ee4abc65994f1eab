import { type ImportReport, importLayer, systemClock } from '@gridloop/api';
import type { PrismaClient } from '@gridloop/prisma';

type ImportLayerOptions = Parameters<typeof importLayer>[0];

export type ImportUnitGridsOptions = Partial<Omit<ImportLayerOptions, 'prisma' | 'file'>> & {
  /** File name the import reports (it recognises the format from the bytes, not the name). */
  name?: string;
};

/** Imports a unit-grid file as the system (no actor), declared WGS84 unless told otherwise. */
export function importUnitGrids(
  prisma: PrismaClient,
  bytes: Uint8Array,
  { name = 'grids.geojson', ...options }: ImportUnitGridsOptions = {},
): Promise<ImportReport> {
  return importLayer({
    prisma,
    clock: systemClock,
    layer: 'UNIT_GRID',
    crs: 'WGS84',
    actorId: null,
    file: { name, bytes },
    ...options,
  });
}
