/**
 * Small JSON values kept on the device (localStorage) for the report screen: the officer's pick
 * counts and the last catalog and scope the API sent, so the screen works with no network. Storage
 * can be full or disabled (private mode); then nothing is remembered, and nothing breaks.
 */

const PREFIX = 'gridloop.report.';

/** The stored value, or undefined when there is none or it cannot be read. */
export function readStored<T>(key: string): T | undefined {
  try {
    const text = window.localStorage.getItem(PREFIX + key);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

/** Stores a JSON value; silently does nothing when storage is full or disabled (see above). */
export function writeStored(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Full or disabled storage: the value lasts for this page only, which is acceptable.
  }
}

/**
 * Loads from the API and remembers the answer; when the load fails (offline, server down), answers
 * the remembered one instead. Rejects only when there is nothing remembered either.
 *
 * @example await loadWithFallback(`categories.${locale}`, () => fetchCategoryChoices())
 */
export async function loadWithFallback<T>(
  key: string,
  load: () => Promise<T>,
): Promise<{ value: T; isStale: boolean }> {
  try {
    const value = await load();
    writeStored(key, value);
    return { value, isStale: false };
  } catch (error) {
    const remembered = readStored<T>(key);
    if (remembered === undefined) throw error;
    return { value: remembered, isStale: true };
  }
}
