/** One event of a text/event-stream, as the HTML standard defines its fields. */
export interface SseMessage {
  /** `message` when the stream named none. */
  event: string;
  /** The `data:` lines joined with newlines. */
  data: string;
}

/**
 * An incremental parser for text/event-stream: feed it decoded text as it arrives, in chunks cut
 * anywhere (mid-line, mid-CRLF), and it calls `onMessage` for each complete event. Comment lines
 * (`: ping`) and events without data are dropped, as EventSource does.
 *
 * @example
 * const parser = createSseParser((message) => console.log(message.event, message.data));
 * parser.push('event: next\ndata: {"a"');
 * parser.push(':1}\n\n'); // logs: next {"a":1}
 */
export function createSseParser(onMessage: (message: SseMessage) => void): { push(text: string): void } {
  let buffer = '';
  let event = '';
  let data: string[] = [];

  const dispatch = () => {
    if (data.length > 0) onMessage({ event: event || 'message', data: data.join('\n') });
    event = '';
    data = [];
  };

  const readLine = (line: string) => {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const raw = colon < 0 ? '' : line.slice(colon + 1);
    const value = raw.startsWith(' ') ? raw.slice(1) : raw;
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };

  return {
    push(text) {
      buffer += text;
      for (;;) {
        const end = buffer.search(/\r\n|\r|\n/);
        // A lone \r at the very end may be the first half of \r\n: wait for the next chunk.
        if (end < 0 || (buffer[end] === '\r' && end === buffer.length - 1)) return;
        const breakLength = buffer.startsWith('\r\n', end) ? 2 : 1;
        readLine(buffer.slice(0, end));
        buffer = buffer.slice(end + breakLength);
      }
    },
  };
}
