/** How a column's values are written: text as is, numbers as numbers, instants in the deployment's zone. */
export type ColumnType = 'text' | 'int' | 'number' | 'percent' | 'datetime' | 'date';

/**
 * One column of an exported table. Rows are plain objects keyed by `key`; a cell holds a string,
 * a number (a percent is a fraction: 0.85 is 85 %), a Date (an instant) or null for an empty cell.
 *
 * @example
 * const column: TableColumn = { key: 'closedRate', zh: '结案率', en: 'Closed rate', type: 'percent' };
 */
export interface TableColumn {
  key: string;
  /** The header leaders read (the default language). */
  zh: string;
  en: string;
  type: ColumnType;
  /** Width in characters in Excel; a width that suits the type when omitted. */
  width?: number;
}

export type CellValue = string | number | Date | null | undefined;

export type TableRow = Readonly<Record<string, CellValue>>;

/** Rows as they come: an async source read lazily (a cursor), or a plain array (a small metrics table). */
export type TableRows = AsyncIterable<TableRow> | Iterable<TableRow>;

export type ExportLanguage = 'zh-CN' | 'en';

export type ExportFormat = 'csv' | 'xlsx';

/** A column's header in the asked language. */
export function headerOf(column: TableColumn, language: ExportLanguage): string {
  return language === 'en' ? column.en : column.zh;
}
