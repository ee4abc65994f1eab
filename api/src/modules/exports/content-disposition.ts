/**
 * An attachment header every browser saves under the right name: `filename*` (RFC 5987, UTF-8,
 * percent-encoded) carries the Chinese name, `filename` an ASCII fallback for old clients.
 *
 * @example
 * attachmentDisposition('案卷清单-2030-03-04.csv', 'cases-2030-03-04.csv')
 * // `attachment; filename="cases-2030-03-04.csv"; filename*=UTF-8''%E6%A1%88...-2030-03-04.csv`
 */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  const fallback = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987's attr-char does not allow. */
function encodeRfc5987(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
