/** A download the API refused, with its stable code (EXPORT_TOO_LARGE, UNAUTHENTICATED…). */
export class ExportError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(message: string, code: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ExportError';
    this.code = code;
    this.details = details;
  }
}

/**
 * Fetches a file the API may refuse (an Excel export over its row cap) and saves it under the
 * server's name, so a refusal becomes a message instead of a saved error page. The file is held in
 * memory until saved, which the API's Excel row cap bounds; CSV downloads use a plain link instead,
 * which streams any size to disk.
 */
export async function downloadExport(url: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: '*/*' } });
  } catch {
    throw new ExportError('Network request failed', 'NETWORK');
  }
  if (!response.ok) throw await errorOf(response);
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response.headers.get('content-disposition')) ?? 'export';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start saving before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function errorOf(response: Response): Promise<ExportError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; details?: Record<string, unknown> };
  } | null;
  const error = body?.error;
  return new ExportError(
    error?.message ?? `HTTP ${response.status}`,
    error?.code ?? `HTTP ${response.status}`,
    error?.details,
  );
}

/** The RFC 5987 `filename*` (UTF-8) if given, else the plain `filename`. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(disposition)?.[1];
}
