import { DomainError } from '../../../../errors/domain-error.js';

export interface DbfTable {
  fieldNames: string[];
  /** One entry per record in file order; null for a record marked deleted. */
  records: (Record<string, string | null> | null)[];
}

/**
 * Reads a dBASE III table (the attributes of a shapefile). Every value is the field's trimmed text
 * (null when blank): gridloop only reads codes and names, and keeping numbers as text keeps a
 * 15-digit code exact. Field names and values are decoded with `decoder` (see dbfTextDecoder).
 */
export function readDbfRecords(dbf: Uint8Array, decoder: TextDecoder): DbfTable {
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  if (dbf.length < 33) throw invalidDbf('it is shorter than its header');
  const recordCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength + recordCount * recordLength > dbf.length) throw invalidDbf('it is truncated');
  const fields = readFieldDescriptors(dbf, headerLength, decoder);
  const records: DbfTable['records'] = [];
  for (let i = 0; i < recordCount; i++) {
    const start = headerLength + i * recordLength;
    if (dbf[start] === 0x2a) {
      records.push(null); // '*': deleted
      continue;
    }
    const record: Record<string, string | null> = {};
    for (const field of fields) {
      const text = decoder.decode(dbf.subarray(start + field.offset, start + field.offset + field.length));
      const value = text.replace(/\0/g, '').trim();
      record[field.name] = value === '' ? null : value;
    }
    records.push(record);
  }
  return { fieldNames: fields.map((field) => field.name), records };
}

interface FieldDescriptor {
  name: string;
  /** Byte offset inside a record (after the deletion flag). */
  offset: number;
  length: number;
}

function readFieldDescriptors(dbf: Uint8Array, headerLength: number, decoder: TextDecoder): FieldDescriptor[] {
  const fields: FieldDescriptor[] = [];
  let offset = 1;
  for (let at = 32; at + 32 <= headerLength && dbf[at] !== 0x0d; at += 32) {
    const rawName = dbf.subarray(at, at + 11);
    const end = rawName.indexOf(0);
    const name = decoder.decode(end === -1 ? rawName : rawName.subarray(0, end)).trim();
    const length = dbf[at + 16] ?? 0;
    fields.push({ name, offset, length });
    offset += length;
  }
  return fields;
}

function invalidDbf(reason: string): DomainError {
  return new DomainError('INVALID_FILE', `The shapefile's .dbf cannot be read: ${reason}.`);
}
