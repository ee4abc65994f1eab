// The Bind message written for a prepared statement, byte for byte against node-postgres's own serializer.

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { type BindParameter, bindMessage } from '../src/bind-message.js';

// pg-protocol is node-postgres's dependency, not ours: reach it through pg
const requireFromPg = createRequire(createRequire(import.meta.url).resolve('pg'));
const { serialize } = requireFromPg('pg-protocol') as {
  serialize: { bind(config: { statement: string; values: readonly BindParameter[] }): Buffer };
};

const expectSameAsNodePostgres = (statement: string, values: readonly BindParameter[]) => {
  expect(bindMessage(statement, values).toString('hex')).toBe(serialize.bind({ statement, values }).toString('hex'));
};

describe('bindMessage', () => {
  it('writes what node-postgres writes for text, NULL and bytes', () => {
    expectSameAsNodePostgres('gridloop_7', [
      '42',
      null,
      'OFFICER',
      '2026-11-26T21:30:00.123+00:00',
      '',
      Buffer.from([0, 1, 255]),
      '-0.5',
    ]);
  });

  it('encodes non-ASCII text as UTF-8, short or long, with its byte length', () => {
    const long = '夜间施工噪声扰民，22时后仍在打桩'.repeat(9);
    expectSameAsNodePostgres('gridloop_8', [
      '施工扰民',
      'café',
      'naïve ×',
      `a${'b'.repeat(63)}é`,
      long,
      'x'.repeat(500),
      '😀 emoji',
    ]);
  });

  it('writes a lone surrogate as node-postgres does (U+FFFD), within the size it reserved', () => {
    expectSameAsNodePostgres('gridloop_9', ['\ud800', `${'\udc00'.repeat(70)}`]);
  });

  it('binds no parameters, and the unnamed statement', () => {
    expectSameAsNodePostgres('', []);
    expectSameAsNodePostgres('', ['1']);
  });

  it('binds many parameters (a report’s insert has ~45)', () => {
    const values = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? null : `value ${i}`));
    expectSameAsNodePostgres('gridloop_10', values);
  });
});
