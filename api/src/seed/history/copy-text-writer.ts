/** A value of one COPY field: null and undefined are NULL. */
export type CopyValue = string | number | boolean | Date | null | undefined;

const tab = 0x09;
const newline = 0x0a;
const backslash = 0x5c;
const nullField = Buffer.from('\\N');
/** Other texts kept escaped and encoded: the few that repeat on every case (notes, descriptions). */
const maxCachedTexts = 10_000;
const lastIsoMs = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * Lines of PostgreSQL's COPY text format written straight into one growing byte buffer. A history of
 * 10^7 cases is ~10^9 fields: building each line as a JavaScript string and encoding it afterwards
 * made the garbage collector and Buffer.from a third of the generator's time. Numbers and instants
 * are written digit by digit and repeated texts come from a cache, so writing a field allocates
 * nothing. The bytes are those of the line's values joined by tabs (Date as toISOString()).
 */
export class CopyTextWriter {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private length = 0;
  private readonly texts = new Map<string, Buffer>();
  private readonly dayPrefixes = new Map<number, Buffer>();

  /** Bytes written so far. */
  get size(): number {
    return this.length;
  }

  /** One line: the values separated by tabs, then a newline. */
  line(values: readonly CopyValue[]): void {
    for (let index = 0; index < values.length; index++) {
      if (index) this.byte(tab);
      this.field(values[index]);
    }
    this.byte(newline);
  }

  /** The bytes written since the last take, as a buffer of their own; the writer starts empty again. */
  take(): Buffer {
    const bytes = Buffer.from(this.buffer.subarray(0, this.length));
    this.length = 0;
    return bytes;
  }

  private field(value: CopyValue): void {
    if (value === null || value === undefined) this.bytes(nullField);
    else if (typeof value === 'string') this.text(value);
    else if (typeof value === 'number') this.number(value);
    else if (typeof value === 'boolean') this.byte(value ? 0x74 : 0x66);
    else this.instant(value);
  }

  private text(value: string): void {
    if (isPlainAscii(value)) {
      this.reserve(value.length);
      this.length += this.buffer.write(value, this.length, 'latin1');
      return;
    }
    let encoded = this.texts.get(value);
    if (!encoded) {
      encoded = Buffer.from(escapeText(value));
      if (this.texts.size < maxCachedTexts) this.texts.set(value, encoded);
    }
    this.bytes(encoded);
  }

  private number(value: number): void {
    if (Number.isInteger(value) && value >= 0 && value < 2 ** 31) {
      this.digits(value, 1);
      return;
    }
    const text = String(value);
    this.reserve(text.length);
    this.length += this.buffer.write(text, this.length, 'latin1');
  }

  /** toISOString(): the day's 'YYYY-MM-DDT' from a cache, the time of day digit by digit. */
  private instant(value: Date): void {
    const ms = value.getTime();
    if (!(ms >= 0 && ms <= lastIsoMs)) {
      this.text(value.toISOString());
      return;
    }
    const day = Math.floor(ms / 86_400_000);
    let prefix = this.dayPrefixes.get(day);
    if (!prefix) {
      prefix = Buffer.from(new Date(day * 86_400_000).toISOString().slice(0, 11));
      this.dayPrefixes.set(day, prefix);
    }
    this.bytes(prefix);
    const inDay = ms - day * 86_400_000;
    this.digits(Math.floor(inDay / 3_600_000), 2);
    this.byte(0x3a);
    this.digits(Math.floor(inDay / 60_000) % 60, 2);
    this.byte(0x3a);
    this.digits(Math.floor(inDay / 1000) % 60, 2);
    this.byte(0x2e);
    this.digits(inDay % 1000, 3);
    this.byte(0x5a);
  }

  /** A whole number ≥ 0 in decimal, zero-padded to `width` digits. */
  private digits(value: number, width: number): void {
    let count = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) count += 1;
    if (count < width) count = width;
    this.reserve(count);
    let rest = value;
    for (let index = this.length + count - 1; index >= this.length; index--) {
      this.buffer[index] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.length += count;
  }

  private byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  private bytes(value: Buffer): void {
    this.reserve(value.length);
    value.copy(this.buffer, this.length);
    this.length += value.length;
  }

  private reserve(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + count));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

/** Printable ASCII without a backslash: written as it is. */
function isPlainAscii(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code > 0x7e || code === backslash) return false;
  }
  return true;
}

function escapeText(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, escapeChar) : value;
}

function escapeChar(char: string): string {
  return char === '\t' ? '\\t' : char === '\n' ? '\\n' : char === '\r' ? '\\r' : '\\\\';
}
