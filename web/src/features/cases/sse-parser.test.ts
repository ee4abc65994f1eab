import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from './sse-parser';

function parseAll(chunks: readonly string[]): SseMessage[] {
  const messages: SseMessage[] = [];
  const parser = createSseParser((message) => messages.push(message));
  for (const chunk of chunks) parser.push(chunk);
  return messages;
}

// What graphql-yoga writes for a subscription: a ping comment, then `next` events, then `complete`.
const yogaStream =
  ':\n\n' +
  'event: next\ndata: {"data":{"caseChanged":{"caseId":"7","status":"ACCEPTED","version":3}}}\n\n' +
  'event: complete\ndata:\n\n';

describe('createSseParser', () => {
  it('reads graphql-yoga’s events and skips its pings', () => {
    const messages = parseAll([yogaStream]);
    expect(messages.map((message) => message.event)).toEqual(['next', 'complete']);
    expect(JSON.parse(messages[0]?.data ?? '')).toEqual({
      data: { caseChanged: { caseId: '7', status: 'ACCEPTED', version: 3 } },
    });
  });

  it('gives the same events however the stream is cut into chunks', () => {
    const whole = parseAll([yogaStream]);
    for (let cut = 1; cut < yogaStream.length; cut += 1) {
      expect(parseAll([yogaStream.slice(0, cut), yogaStream.slice(cut)])).toEqual(whole);
    }
    expect(parseAll([...yogaStream])).toEqual(whole);
  });

  it('joins multi-line data, accepts CRLF and CR, and names unnamed events "message"', () => {
    // the last event's blank line is a lone CR, only known as such when the next line starts
    const messages = parseAll(['data: first\r\ndata:second\r', '\n\r\ndata: x\r\r', ': ping\n']);
    expect(messages).toEqual([
      { event: 'message', data: 'first\nsecond' },
      { event: 'message', data: 'x' },
    ]);
  });

  it('waits for the blank line before dispatching, and drops events without data', () => {
    expect(parseAll(['event: next\ndata: {}\n'])).toEqual([]);
    expect(parseAll(['event: next\n\n', 'id: 4\n\n'])).toEqual([]);
  });
});
