/** How big a download may get and how it is read; tests lower both. */
export interface ExportLimits {
  /**
   * Rows an .xlsx download may hold. Excel's own sheet limit is 1,048,576 rows, but a workbook of
   * hundreds of thousands of rows is slow to build and to open; beyond this the API answers
   * EXPORT_TOO_LARGE and suggests CSV (which streams any size) or a narrower filter.
   */
  maxXlsxRows: number;
  /** Rows read per query (keyset on id): what one request holds in memory at most. */
  batchSize: number;
}

export const defaultExportLimits: ExportLimits = { maxXlsxRows: 200_000, batchSize: 1_000 };
