import type { MessageKey } from '../i18n';

/**
 * The app's top-level sections, in nav order. A section is addressed by the hash `#/<id>`;
 * when a router arrives, these ids become its paths.
 */
export const SECTIONS = [
  { id: 'map', labelKey: 'nav.map' },
  { id: 'about', labelKey: 'nav.about' },
] as const satisfies readonly { id: string; labelKey: MessageKey }[];

export type SectionId = (typeof SECTIONS)[number]['id'];

export const DEFAULT_SECTION: SectionId = 'map';

export function sectionHref(id: SectionId): string {
  return `#/${id}`;
}

/**
 * The section a location hash names; anything unknown (including no hash) is the default.
 *
 * @example sectionFromHash('#/about') // 'about'
 */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '');
  return SECTIONS.find((section) => section.id === id)?.id ?? DEFAULT_SECTION;
}
