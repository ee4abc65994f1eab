import { builder } from '../../../graphql/builder.js';
import { requireRole } from '../../auth/require-role.js';
import { generateUnitGrids } from './generate-unit-grids.js';
import { defaultGenerationOptions } from './generation-options.js';
import type { GenerationReport } from './generation-report.js';

const GenerationReportRef = builder.objectRef<GenerationReport>('GenerationReport').implement({
  description: 'What a unit grid generation wrote (or, on a dry run, would write).',
  fields: (t) => ({
    scopeCode: t.exposeString('scopeCode'),
    scopeName: t.exposeString('scopeName'),
    dryRun: t.exposeBoolean('dryRun', { description: 'True when nothing was written.' }),
    targetAreaM2: t.exposeFloat('targetAreaM2'),
    sliverRatio: t.exposeFloat('sliverRatio'),
    beatSize: t.exposeInt('beatSize'),
    communities: t.exposeInt('communities', { description: 'Communities cut into unit grids.' }),
    unitGrids: t.exposeInt('unitGrids'),
    responsibilityGrids: t.exposeInt('responsibilityGrids'),
    sliversMerged: t.exposeInt('sliversMerged', {
      description: 'Cells under the sliver threshold merged into a neighbour.',
    }),
    retiredUnitGrids: t.exposeInt('retiredUnitGrids', {
      description: 'Current unit grids of the scope replaced (retired, kept for the cases filed in them).',
    }),
    retiredResponsibilityGrids: t.exposeInt('retiredResponsibilityGrids'),
    smallestAreaM2: t.exposeFloat('smallestAreaM2'),
    largestAreaM2: t.exposeFloat('largestAreaM2'),
    meanAreaM2: t.exposeFloat('meanAreaM2'),
    layerImportIds: t.exposeIntList('layerImportIds', {
      description: 'The layer versions written (unit grids, responsibility grids); empty on a dry run.',
    }),
  }),
});

const { targetAreaM2, sliverRatio, beatSize } = defaultGenerationOptions;

builder.mutationField('generateUnitGrids', (t) =>
  t.field({
    type: GenerationReportRef,
    description:
      'ADMIN: replaces the unit and responsibility grids of a district or street with generated ones, cut from ' +
      'its community boundaries (old grids are retired, not deleted). Bad options: BAD_REQUEST naming the field; ' +
      'a community needing more than 999 grids: TOO_MANY_GRIDS. Nothing is written on any error or on a dry run.',
    args: {
      scopeCode: t.arg.string({ required: true, description: 'A district (6 digits) or street (9 digits).' }),
      targetAreaM2: t.arg.float({ description: `Area of a whole cell in m² (default ${targetAreaM2}).` }),
      sliverRatio: t.arg.float({
        description: `Cells under this share of the target merge into a neighbour (default ${sliverRatio}).`,
      }),
      beatSize: t.arg.int({ description: `Most unit grids per responsibility grid (default ${beatSize}).` }),
      dryRun: t.arg.boolean({ description: 'Report what would be written, write nothing.' }),
    },
    resolve: (_root, args, { prisma, viewer, clock }) => {
      const admin = requireRole(viewer, 'ADMIN');
      return generateUnitGrids(prisma, {
        ...args,
        dryRun: args.dryRun ?? false,
        actorId: admin.userId,
        withinAreaId: admin.areaId,
        now: clock.now(),
      });
    },
  }),
);
