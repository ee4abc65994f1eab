import { gcj02ToWgs84, type LngLat } from '@gridloop/geo';
import { DomainError } from '../../errors/domain-error.js';
import type { DateReader } from './date-format.js';
import type { HistoryMapping, MappedField } from './history-mapping.js';
import {
  type ImportedChain,
  importedChain,
  type StepTimeField,
  type StepTimes,
  stepTimeFields,
} from './imported-chain.js';
import type { CsvRecord } from './read-csv-records.js';
import type { MappedCategory, MappingTargets } from './resolve-mapping-targets.js';
import type { RowError, RowErrorCode } from './row-error.js';
import type { ZonedClock } from './zoned-clock.js';

/** A row that passed every check that needs no database: what the case will be made of. */
export interface HistoryRow {
  row: number;
  externalRef: string;
  point: LngLat;
  address: string | null;
  description: string;
  category: MappedCategory;
  departmentId: number | null;
  chain: Extract<ImportedChain, { ok: true }>;
}

/** Everything a row is read with, fixed for the whole file. */
export interface RowReader {
  read(record: CsvRecord): { row: HistoryRow; errors: [] } | { row: null; errors: RowError[] };
}

export interface RowReaderOptions {
  mapping: HistoryMapping;
  header: readonly string[];
  targets: MappingTargets;
  readDate: DateReader;
  clock: ZonedClock;
  /** The import's moment: nothing may have happened after it. */
  nowMs: number;
}

/**
 * Compiles the mapping against the file's header (BAD_REQUEST naming a mapped column the header
 * lacks) into a reader that turns each record into a HistoryRow, or into every error it has.
 */
export function createRowReader({ mapping, header, targets, readDate, clock, nowMs }: RowReaderOptions): RowReader {
  const indexOf = columnIndexes(mapping, header);
  const descriptionIndexes = [mapping.columns.description ?? mapping.columns.category]
    .flat()
    .map((column) => header.indexOf(column));
  const mappedTimes = stepTimeFields.filter((field) => mapping.columns[field] !== undefined);
  return {
    read(record) {
      const errors: RowError[] = [];
      const fail = (field: MappedField | null, code: RowErrorCode, message: string) => {
        errors.push({ row: record.row, column: field ? (mapping.columns[field] as string) : null, code, message });
      };
      if (record.isMalformed || record.cells.length !== header.length) {
        fail(
          null,
          'MALFORMED_ROW',
          `Row has ${record.cells.length} cells (header: ${header.length}) or broken quotes.`,
        );
        return { row: null, errors };
      }
      const cell = (field: MappedField) => record.cells[indexOf.get(field) as number]?.trim() ?? '';
      const required = (field: MappedField) => {
        const value = cell(field);
        if (value === '') fail(field, 'MISSING_VALUE', `${mapping.columns[field]} is empty.`);
        return value;
      };
      const legacyId = required('externalId');
      const times = readTimes(cell, mappedTimes, { readDate, clock, nowMs }, fail);
      const point = readPoint(required('longitude'), required('latitude'), mapping.crs, fail);
      const { category, categoryValue, departmentId, departmentValue } = readValueMaps(cell, targets, fail);
      const chain = times ? importedChain(times) : null;
      if (chain && !chain.ok) {
        const what =
          chain.code === 'TIMESTAMP_GAP' ? 'is empty while a later step has a time' : 'is before the step it follows';
        fail(chain.field, chain.code, `${mapping.columns[chain.field]} ${what}.`);
      }
      if (chain?.ok && chain.times.dispatchedAt !== null && !departmentValue) {
        fail('department', 'MISSING_VALUE', `${mapping.columns.department} is empty, but the case was dispatched.`);
      }
      if (errors.length > 0 || !chain?.ok || !point || !category) return { row: null, errors };
      const description = descriptionIndexes
        .map((index) => record.cells[index]?.trim() ?? '')
        .filter((text) => text !== '')
        .join(' — ');
      return {
        row: {
          row: record.row,
          externalRef: `${mapping.sourceSystem}:${legacyId}`,
          point,
          address: mapping.columns.address ? cell('address') || null : null,
          description: description || categoryValue,
          category,
          departmentId: departmentId ?? null,
          chain,
        },
        errors: [],
      };
    },
  };
}

type Fail = (field: MappedField | null, code: RowErrorCode, message: string) => void;

/** The category and department a row names, through the mapping's value maps. */
function readValueMaps(cell: (field: MappedField) => string, targets: MappingTargets, fail: Fail) {
  const categoryValue = cell('category');
  const category = targets.categories.get(categoryValue);
  if (categoryValue === '') fail('category', 'MISSING_VALUE', 'The category is empty.');
  else if (!category) fail('category', 'UNKNOWN_CATEGORY', `"${categoryValue}" is not in mapping.categories.`);
  const departmentValue = cell('department');
  const departmentId = departmentValue ? targets.departments.get(departmentValue) : undefined;
  if (departmentValue && departmentId === undefined) {
    fail('department', 'UNKNOWN_DEPARTMENT', `"${departmentValue}" is not in mapping.departments.`);
  }
  return { category, categoryValue, departmentId, departmentValue };
}

function readTimes(
  cell: (field: MappedField) => string,
  mappedTimes: readonly StepTimeField[],
  { readDate, clock, nowMs }: Pick<RowReaderOptions, 'readDate' | 'clock' | 'nowMs'>,
  fail: Fail,
): StepTimes | null {
  let isValid = true;
  const instant = (field: MappedField): number | null => {
    const text = cell(field);
    if (text === '') return null;
    const read = readDate(text);
    if (!read) {
      fail(field, 'BAD_DATE', `"${text}" is not a date in the mapping's dateFormat.`);
      isValid = false;
      return null;
    }
    const ms = read.offsetMinutes === null ? clock.instantOf(read.wallMs) : read.wallMs - read.offsetMinutes * 60_000;
    if (ms > nowMs) {
      fail(field, 'FUTURE_DATE', `"${text}" lies after the import.`);
      isValid = false;
    }
    return ms;
  };
  const reportedAt = instant('reportedAt');
  if (reportedAt === null && isValid) fail('reportedAt', 'MISSING_VALUE', 'The reported time is empty.');
  const times: StepTimes = { reportedAt: reportedAt ?? 0 };
  for (const field of mappedTimes) times[field] = instant(field);
  return isValid && reportedAt !== null ? times : null;
}

function readPoint(lngText: string, latText: string, crs: HistoryMapping['crs'], fail: Fail): LngLat | null {
  if (lngText === '' || latText === '') return null;
  const lng = Number(lngText);
  const lat = Number(latText);
  const isLngValid = lngText.trim() !== '' && Number.isFinite(lng) && Math.abs(lng) <= 180;
  const isLatValid = Number.isFinite(lat) && Math.abs(lat) <= 90;
  if (!isLngValid) fail('longitude', 'BAD_COORDINATE', `"${lngText}" is not a longitude.`);
  if (!isLatValid) fail('latitude', 'BAD_COORDINATE', `"${latText}" is not a latitude.`);
  if (!isLngValid || !isLatValid) return null;
  return crs === 'GCJ02' ? gcj02ToWgs84([lng, lat]) : [lng, lat];
}

function columnIndexes(mapping: HistoryMapping, header: readonly string[]): Map<MappedField, number> {
  const indexes = new Map<MappedField, number>();
  for (const [field, column] of Object.entries(mapping.columns) as [MappedField, string | string[]][]) {
    for (const name of [column].flat()) {
      const index = header.indexOf(name);
      if (index < 0) {
        throw new DomainError('BAD_REQUEST', `mapping.columns.${field}: the file has no column "${name}".`, {
          field: `mapping.columns.${field}`,
          header,
        });
      }
      if (field !== 'description') indexes.set(field, index);
    }
  }
  return indexes;
}
