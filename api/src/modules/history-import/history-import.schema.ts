import { builder } from '../../graphql/builder.js';
import { requireRole } from '../auth/require-role.js';
import { caseVisibilityOf } from '../cases/case-visibility.js';
import type { HistoryImportReport } from './history-import-report.js';
import { importCaseHistory } from './import-case-history.js';
import { type RowError, rowErrorCodes } from './row-error.js';
import { streamChunks } from './stream-chunks.js';

const RowErrorCodeEnum = builder.enumType('HistoryImportErrorCode', {
  description: 'What is wrong with one row of a history import (api/src/modules/history-import/row-error.ts).',
  values: rowErrorCodes,
});

const RowErrorRef = builder.objectRef<RowError>('HistoryImportRowError').implement({
  description: 'One problem with one row of an imported CSV.',
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'Record number in the file; the header is row 1.' }),
    column: t.exposeString('column', { nullable: true, description: 'The CSV column at fault, if one is.' }),
    code: t.expose('code', { type: RowErrorCodeEnum }),
    message: t.exposeString('message'),
  }),
});

const ErrorCountRef = builder
  .objectRef<HistoryImportReport['errorCounts'][number]>('HistoryImportErrorCount')
  .implement({ fields: (t) => ({ code: t.expose('code', { type: RowErrorCodeEnum }), count: t.exposeInt('count') }) });

const ReportRef = builder.objectRef<HistoryImportReport>('HistoryImportReport').implement({
  description: 'What a history import wrote, or would write (dry run), and every bad row in summary.',
  fields: (t) => ({
    sourceSystem: t.exposeString('sourceSystem'),
    dryRun: t.exposeBoolean('dryRun'),
    skipBadRows: t.exposeBoolean('skipBadRows'),
    written: t.exposeBoolean('written', {
      description: 'True when cases were committed (not a dry run; no bad row, or skipBadRows).',
    }),
    rowsRead: t.exposeInt('rowsRead', { description: 'Data rows read, the header not counted.' }),
    valid: t.exposeInt('valid', { description: 'Rows that passed every check and are new.' }),
    imported: t.exposeInt('imported', { description: 'Cases written (0 on a dry run or a refused import).' }),
    events: t.exposeInt('events', { description: 'Case events written with them.' }),
    skipped: t.exposeInt('skipped', {
      description: 'Rows left out: imported before (alreadyImported), and bad rows when skipBadRows.',
    }),
    alreadyImported: t.exposeInt('alreadyImported'),
    badRows: t.exposeInt('badRows'),
    errorCount: t.exposeInt('errorCount', { description: 'Row errors in all; `errors` lists the first listLimit.' }),
    errors: t.field({ type: [RowErrorRef], resolve: (report) => report.errors }),
    listLimit: t.exposeInt('listLimit'),
    errorCounts: t.field({ type: [ErrorCountRef], resolve: (report) => report.errorCounts }),
    firstEventAt: t.string({ nullable: true, resolve: (report) => report.firstEventAt?.toISOString() ?? null }),
    lastEventAt: t.string({ nullable: true, resolve: (report) => report.lastEventAt?.toISOString() ?? null }),
    elapsedMs: t.exposeFloat('elapsedMs'),
  }),
});

builder.mutationField('importCaseHistory', (t) =>
  t.field({
    type: ReportRef,
    description:
      'ADMIN: imports historical cases (source IMPORT) with their timestamps from a legacy system’s CSV, mapped by ' +
      '`mapping` (JSON, see docs/history-import.md). All-or-nothing: any bad row refuses the file unless skipBadRows; ' +
      'rows imported before are skipped. A wrong mapping: BAD_REQUEST (details.field); no header: INVALID_FILE; ' +
      'another import running: IMPORT_IN_PROGRESS. Files over the upload limit go through `pnpm import:history`.',
    args: {
      file: t.arg({ type: 'File', required: true }),
      mapping: t.arg({ type: 'JSON', required: true }),
      dryRun: t.arg.boolean({ description: 'Check and report everything, write nothing.' }),
      skipBadRows: t.arg.boolean({ description: 'Write the good rows, report the bad ones.' }),
    },
    resolve: async (_root, args, { viewer, cases }) => {
      const admin = requireRole(viewer, 'ADMIN');
      return importCaseHistory(cases, {
        gridCodePrefix: caseVisibilityOf(admin).gridCodePrefix,
        csv: streamChunks(args.file.stream()),
        mapping: args.mapping,
        dryRun: args.dryRun ?? false,
        skipBadRows: args.skipBadRows ?? false,
      });
    },
  }),
);
