import { sectionHref } from '../../app/sections';

const caseLinkPattern = /^#\/work\/case\/([^/?#]+)$/;

/**
 * A link to one case: the work console with that case open (notifications, the dashboard's overdue
 * list). The case rides after the section (`#/work/case/<id>`) because only the hash's first
 * segment names the section.
 *
 * @example caseHref('42') // '#/work/case/42'
 */
export function caseHref(caseId: string): string {
  return `${sectionHref('work')}/case/${encodeURIComponent(caseId)}`;
}

/**
 * The case a location hash links to, or null.
 *
 * @example caseIdFromHash('#/work/case/42') // '42'
 * @example caseIdFromHash('#/work') // null
 */
export function caseIdFromHash(hash: string): string | null {
  const match = caseLinkPattern.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
