import type { MessageKey } from '../../i18n';
import type { AdminError } from './admin-error';

/**
 * A problem found before sending, shaped like the API's refusal so the same field display shows
 * it. Checked in the browser only what a person would otherwise wait for the server to say.
 */
export function formProblem(field: string, key: MessageKey): AdminError {
  return { code: 'FORM', key, detail: '', field };
}

/** The first problem of a form's checks, or null: `[field, isOk, key]` in the form's order. */
export function firstFormProblem(checks: readonly (readonly [string, boolean, MessageKey])[]): AdminError | null {
  const failed = checks.find(([, isOk]) => !isOk);
  return failed === undefined ? null : formProblem(failed[0], failed[2]);
}

/** True for a person-typed number ("2", " 2.5 ", "2,5") that parses. */
export function isNumberText(text: string): boolean {
  return Number.isFinite(parseNumberText(text));
}

/** A number typed by a person; blank or anything else is NaN. */
export function parseNumberText(text: string): number {
  const cleaned = text.trim().replace(',', '.');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}
