import { builder } from '../../../graphql/builder.js';
import { requireRole } from '../../auth/require-role.js';
import { importLayer } from './import-layer.js';
import { defaultLimits, importableLayers, inputCrsValues } from './import-options.js';
import { type CoverageGap, type FeatureProblem, type ImportWarning, importProblemCodes } from './import-problem.js';
import type { ImportReport } from './import-report.js';
import { readUpload } from './read-upload.js';

const LayerKindEnum = builder.enumType('LayerKind', {
  description:
    'A map layer: district 区, street 街道/镇, community 社区/村, unit grid 单元网格, responsibility grid 责任网格.',
  values: importableLayers,
});
const InputCrsEnum = builder.enumType('InputCrs', {
  description:
    'The datum of an imported file: WGS84 (GPS, EPSG:4326) or GCJ02 (AMap/Gaode, DataV). Stored data is WGS84.',
  values: inputCrsValues,
});
const ProblemEnum = builder.enumType('ImportProblemCode', {
  description:
    'What is wrong with a feature of an imported layer (see api/src/modules/geography/import/import-problem.ts).',
  values: importProblemCodes,
});

const ProblemRef = builder.objectRef<FeatureProblem>('ImportProblem').implement({
  description: 'One thing wrong with one feature of an imported file.',
  fields: (t) => ({
    featureIndex: t.exposeInt('featureIndex', {
      description: '0-based position in the file (shapefile record number).',
    }),
    code: t.exposeString('code', { nullable: true, description: 'The code the feature carries, if any.' }),
    problem: t.expose('problem', { type: ProblemEnum }),
    message: t.exposeString('message'),
    detail: t.field({ type: 'JSON', nullable: true, resolve: (problem) => problem.detail ?? null }),
  }),
});

const GapRef = builder.objectRef<CoverageGap>('ImportGap').implement({
  description: 'A parent area that the imported children leave partly uncovered.',
  fields: (t) => ({
    parentCode: t.exposeString('parentCode'),
    parentName: t.exposeString('parentName'),
    uncoveredM2: t.exposeFloat('uncoveredM2'),
    uncoveredRatio: t.exposeFloat('uncoveredRatio'),
    location: t.exposeFloatList('location', { nullable: true, description: 'A point in the gap, [lng, lat] WGS84.' }),
    message: t.exposeString('message'),
  }),
});

const WarningRef = builder.objectRef<ImportWarning>('ImportWarning').implement({
  description: 'Something the import could not check; it does not block the import.',
  fields: (t) => ({
    warning: t.exposeString('warning', { description: 'PARENT_WITHOUT_BOUNDARY' }),
    message: t.exposeString('message'),
    detail: t.field({ type: 'JSON', nullable: true, resolve: (warning) => warning.detail ?? null }),
  }),
});

const CountRef = builder.objectRef<ImportReport['summary'][number]>('ImportProblemCount').implement({
  fields: (t) => ({ problem: t.expose('problem', { type: ProblemEnum }), count: t.exposeInt('count') }),
});

const ReportRef = builder.objectRef<ImportReport>('ImportReport').implement({
  description:
    'The result of importing (or dry-running) a layer: imported whole, or what is wrong, feature by feature.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok', {
      description: 'True when every check passed (and, unless dryRun, the layer was written).',
    }),
    dryRun: t.exposeBoolean('dryRun'),
    layer: t.expose('layer', { type: LayerKindEnum }),
    crs: t.expose('crs', { type: InputCrsEnum }),
    format: t.exposeString('format', { description: 'GEOJSON or SHAPEFILE, recognised from the content.' }),
    sourceName: t.exposeString('sourceName'),
    featureCount: t.exposeInt('featureCount'),
    errorCount: t.exposeInt('errorCount', {
      description: 'Feature problems in all; `errors` lists the first listLimit.',
    }),
    errors: t.field({ type: [ProblemRef], resolve: (report) => report.errors }),
    gapCount: t.exposeInt('gapCount'),
    gaps: t.field({ type: [GapRef], resolve: (report) => report.gaps }),
    warnings: t.field({ type: [WarningRef], resolve: (report) => report.warnings }),
    summary: t.field({ type: [CountRef], resolve: (report) => report.summary }),
    listLimit: t.exposeInt('listLimit'),
    layerImportId: t.exposeInt('layerImportId', {
      nullable: true,
      description: 'The layer version written; null if none.',
    }),
    written: t.exposeInt('written'),
    retired: t.exposeInt('retired', {
      description: 'Current grids replaced (kept, retired, for the cases filed in them).',
    }),
  }),
});

builder.mutationField('importLayer', (t) =>
  t.field({
    type: ReportRef,
    description:
      'ADMIN: imports an official layer from a GeoJSON FeatureCollection or a zipped shapefile (.shp, .dbf, .prj; ' +
      `.cpg optional), at most ${defaultLimits.maxBytes} bytes. Everything is validated first; the layer is written ` +
      'in one transaction only when nothing is wrong (and not on a dry run), else the report lists the problems. ' +
      'Unreadable files: INVALID_FILE, UNSUPPORTED_CRS or PAYLOAD_TOO_LARGE; a concurrent import: IMPORT_IN_PROGRESS.',
    args: {
      layer: t.arg({ type: LayerKindEnum, required: true }),
      file: t.arg({ type: 'File', required: true }),
      crs: t.arg({ type: InputCrsEnum, required: true }),
      dryRun: t.arg.boolean({ description: 'Validate and report, write nothing.' }),
      codeField: t.arg.string({ description: 'Attribute holding the code (default: code, 编码, 网格编码, adcode).' }),
      nameField: t.arg.string({ description: 'Attribute holding the name (default: name, 名称, 网格名称).' }),
    },
    resolve: async (_root, args, { prisma, viewer, clock }) => {
      const admin = requireRole(viewer, 'ADMIN');
      return importLayer({
        prisma,
        clock,
        layer: args.layer,
        crs: args.crs,
        file: await readUpload(args.file, defaultLimits.maxBytes),
        dryRun: args.dryRun ?? false,
        codeField: args.codeField ?? null,
        nameField: args.nameField ?? null,
        actorId: admin.userId,
        scopeAreaCode: admin.areaCode,
      });
    },
  }),
);
