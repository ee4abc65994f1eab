/** One CSV record: its cells and its number in the file (the header is record 1, as in a spreadsheet). */
export interface CsvRecord {
  row: number;
  cells: string[];
  /** A quote was left open at the end of the file, or text followed a closing quote. */
  isMalformed: boolean;
}

/**
 * Reads RFC 4180 CSV from a stream of chunks, one record at a time, so a file of any size is read
 * in bounded memory (one record plus one chunk). Quoted cells may hold commas, doubled quotes and
 * line breaks; CRLF and LF both end a record; a UTF-8 byte-order mark is dropped; blank lines are
 * skipped. A malformed record is still yielded (flagged) so its row can be reported.
 */
export async function* readCsvRecords(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  const state = newState();
  let isStart = true;
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (isStart && text.length > 0) {
      if (text.startsWith('\uFEFF')) text = text.slice(1);
      isStart = false;
    }
    yield* consume(state, text);
  }
  yield* consume(state, decoder.decode());
  yield* finish(state);
}

interface ParserState {
  cells: string[];
  cell: string;
  inQuotes: boolean;
  /** The previous character closed a quoted section (a quote now would be an escaped one). */
  afterQuote: boolean;
  isMalformed: boolean;
  /** The last character was a CR ending a record (an LF right after it belongs to it). */
  afterCr: boolean;
  row: number;
}

function newState(): ParserState {
  return {
    cells: [],
    cell: '',
    inQuotes: false,
    afterQuote: false,
    isMalformed: false,
    afterCr: false,
    row: 0,
  };
}

function* consume(state: ParserState, text: string): Generator<CsvRecord> {
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    const wasCr = state.afterCr;
    state.afterCr = false;
    if (state.inQuotes) {
      if (char !== '"') continue;
      state.cell += text.slice(start, index);
      state.inQuotes = false;
      state.afterQuote = true;
      start = index + 1;
    } else if (char === '"') {
      if (state.afterQuote) state.cell += '"';
      else if (state.cell.length > 0 || index > start) state.isMalformed = true;
      state.inQuotes = true;
      state.afterQuote = false;
      start = index + 1;
    } else if (char === ',') {
      endCell(state, text.slice(start, index));
      start = index + 1;
    } else if (char === '\n' || char === '\r') {
      // The LF of a CRLF: the record already ended at the CR.
      if (char === '\n' && wasCr) {
        start = index + 1;
        continue;
      }
      state.afterCr = char === '\r';
      endCell(state, text.slice(start, index));
      start = index + 1;
      const record = endRecord(state);
      if (record) yield record;
    } else if (state.afterQuote) {
      state.isMalformed = true;
      state.afterQuote = false;
    }
  }
  state.cell += text.slice(start);
}

function endCell(state: ParserState, tail: string): void {
  state.cells.push(state.cell + tail);
  state.cell = '';
  state.afterQuote = false;
}

/** The record just ended, or null for a blank line. */
function endRecord(state: ParserState): CsvRecord | null {
  const cells = state.cells;
  const isMalformed = state.isMalformed;
  state.cells = [];
  state.isMalformed = false;
  if (cells.length === 1 && cells[0] === '' && !isMalformed) return null;
  state.row += 1;
  return { row: state.row, cells, isMalformed };
}

function* finish(state: ParserState): Generator<CsvRecord> {
  if (state.inQuotes) state.isMalformed = true;
  if (state.cells.length === 0 && state.cell === '' && !state.isMalformed) return;
  state.cells.push(state.cell);
  state.cell = '';
  const record = endRecord(state);
  if (record) yield record;
}
