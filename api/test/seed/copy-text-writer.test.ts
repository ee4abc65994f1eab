import { describe, expect, it } from 'vitest';
import { CopyTextWriter, type CopyValue } from '../../src/seed/history/copy-text-writer.js';

/** The COPY text line as the format defines it, the plain way: values joined by tabs, escaped. */
function referenceLine(values: readonly CopyValue[]): string {
  const field = (value: CopyValue) => {
    if (value === null || value === undefined) return '\\N';
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'boolean') return value ? 't' : 'f';
    return String(value).replace(/[\\\t\n\r]/g, (char) =>
      char === '\t' ? '\\t' : char === '\n' ? '\\n' : char === '\r' ? '\\r' : '\\\\',
    );
  };
  return `${values.map(field).join('\t')}\n`;
}

const lines: CopyValue[][] = [
  [1, 0, 2147483647, 2147483648, -5, 12.5, 1e-7, Number.MAX_SAFE_INTEGER],
  ['plain ascii', '', '路边成堆垃圾', 'tab\there', 'new\nline', 'cr\rline', 'back\\slash', '混合\t文本\\'],
  [null, undefined, true, false, 'NULL'],
  [
    new Date('2026-10-01T00:00:00.000Z'),
    new Date('2026-10-01T23:59:59.999Z'),
    new Date('2024-02-29T08:05:03.040Z'),
    new Date('1969-12-31T23:59:59.999Z'),
    new Date(0),
  ],
];

describe('CopyTextWriter', () => {
  it('writes the bytes of the plain encoding, for every kind of value', () => {
    const writer = new CopyTextWriter();
    for (const line of lines) writer.line(line);
    expect(writer.take().toString('utf8')).toBe(lines.map(referenceLine).join(''));
  });

  it('starts empty after a take, and grows past its first buffer', () => {
    const writer = new CopyTextWriter();
    writer.line(['first']);
    expect(writer.take().toString()).toBe('first\n');
    expect(writer.size).toBe(0);
    const long = 'x'.repeat(3 << 20);
    const many = Array.from({ length: 50_000 }, (_, i) => [i, `第${i}号`, new Date(1_700_000_000_000 + i * 1234)]);
    writer.line([long]);
    for (const line of many) writer.line(line);
    expect(writer.take().toString('utf8')).toBe(referenceLine([long]) + many.map(referenceLine).join(''));
  });

  it('gives each take its own bytes, not a view of the buffer it keeps writing into', () => {
    const writer = new CopyTextWriter();
    writer.line(['one']);
    const first = writer.take();
    writer.line(['two']);
    expect(first.toString()).toBe('one\n');
  });
});
