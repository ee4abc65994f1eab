import { parseArgs } from 'node:util';

export interface HistoryImportCliArgs {
  mappingFile: string;
  csvFile: string;
  dryRun: boolean;
  skipBadRows: boolean;
  listLimit: number;
}

export const historyImportCliUsage =
  'usage: import:history --mapping MAPPING.json [--dry-run] [--skip-bad-rows] [--list-limit N] FILE.csv';

/** Reads the history import's command line; throws an Error carrying the usage line. */
export function parseHistoryImportCliArgs(argv: readonly string[]): HistoryImportCliArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      mapping: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'skip-bad-rows': { type: 'boolean', default: false },
      'list-limit': { type: 'string', default: '100' },
    },
  });
  const [csvFile, ...extra] = positionals;
  const listLimit = Number(values['list-limit']);
  if (!values.mapping || !csvFile || extra.length > 0 || !Number.isInteger(listLimit) || listLimit < 0) {
    throw new Error(historyImportCliUsage);
  }
  return {
    mappingFile: values.mapping,
    csvFile,
    dryRun: values['dry-run'] ?? false,
    skipBadRows: values['skip-bad-rows'] ?? false,
    listLimit,
  };
}
