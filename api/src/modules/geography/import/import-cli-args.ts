import { parseArgs } from 'node:util';

export interface ImportCliArgs {
  layer: string;
  crs: string;
  dryRun: boolean;
  codeField: string | null;
  nameField: string | null;
  file: string;
}

export const importCliUsage =
  'usage: import-layer --layer DISTRICT|STREET|COMMUNITY|UNIT_GRID|RESPONSIBILITY_GRID --crs WGS84|GCJ02 ' +
  '[--dry-run] [--code-field NAME] [--name-field NAME] FILE (.geojson or zipped shapefile)';

/**
 * Reads the import command line. Layer and CRS values are checked by the import itself, which
 * names the accepted ones; here only their presence is. Throws an Error carrying the usage line.
 */
export function parseImportCliArgs(argv: readonly string[]): ImportCliArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      layer: { type: 'string' },
      crs: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'code-field': { type: 'string' },
      'name-field': { type: 'string' },
    },
  });
  const [file, ...extra] = positionals;
  if (!values.layer || !values.crs || !file || extra.length > 0) throw new Error(importCliUsage);
  return {
    layer: values.layer,
    crs: values.crs,
    dryRun: values['dry-run'] ?? false,
    codeField: values['code-field'] ?? null,
    nameField: values['name-field'] ?? null,
    file,
  };
}
