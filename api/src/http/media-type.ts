/** The media type of a Content-Type or Accept entry, without parameters, in lower case ('' when absent). */
export function mediaTypeOf(header: string | null | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
