/** Content types whose body arrives over time: live updates (SSE) and incremental delivery. */
const streamedContentTypes = ['text/event-stream', 'multipart/mixed'];

/**
 * What Koa should send for a response yoga answered: its stream when the answer is streamed, else
 * the finished text. Yoga builds a single result as a string; handing Koa that string writes it in
 * one `end`, where handing it `response.body` would wrap it in a web stream and pipe it (stream
 * objects, an AbortController and a DOMException per request: ~5 % of the API's CPU on intake).
 */
export async function responseBodyOf(response: Response): Promise<string | ReadableStream<Uint8Array> | null> {
  const contentType = response.headers.get('content-type') ?? '';
  if (streamedContentTypes.some((streamed) => contentType.startsWith(streamed))) return response.body;
  return response.text();
}
