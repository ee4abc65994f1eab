import { lockLayersForGeneration, type PrismaClient } from '@gridloop/prisma';

/**
 * Gives the official district boundaries the seed loads a DISTRICT layer version, as every writer
 * of a layer must (tile caches key on the newest version of each layer). Only districts without
 * one are stamped, so this writes nothing on later starts.
 */
export async function labelDistrictLayer(prisma: PrismaClient): Promise<void> {
  const unlabelled = { level: 'DISTRICT', layerImportId: null } as const;
  if ((await prisma.area.count({ where: unlabelled })) === 0) return;
  await prisma.$transaction(async (tx) => {
    const busy = await lockLayersForGeneration(tx, ['DISTRICT'], { waitMs: 60_000 });
    if (busy) throw new Error('the DISTRICT layer stayed locked by another writer');
    const count = await tx.area.count({ where: unlabelled });
    if (count === 0) return;
    const layer = await tx.layerImport.create({
      data: {
        layer: 'DISTRICT',
        source: 'GEOJSON',
        sourceName: 'Vonng/adcode district fences (2016, CC BY 4.0), GCJ-02 converted to WGS84',
        inputCrs: 'GCJ02',
        featureCount: count,
        isDerived: false,
      },
    });
    await tx.area.updateMany({ where: unlabelled, data: { layerImportId: layer.id } });
  });
}
