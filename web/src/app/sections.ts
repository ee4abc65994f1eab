import type { Me, Role } from '../features/auth/session-types';
import type { MessageKey } from '../i18n';

/**
 * The app's top-level sections, in nav order. A section is addressed by the hash `#/<id>`;
 * when a router arrives, these ids become its paths. `signedIn` sections show in the nav only to
 * a signed-in user (and ask anyone else to sign in), `roles` ones only to users holding one of
 * the roles; `hidden` ones are reached by link only.
 */
export const SECTIONS = [
  { id: 'report', labelKey: 'nav.report', signedIn: true, roles: ['OFFICER'] },
  { id: 'work', labelKey: 'nav.work', signedIn: true },
  { id: 'dashboard', labelKey: 'nav.dashboard', signedIn: true, roles: ['LEADER', 'ADMIN'] },
  { id: 'admin', labelKey: 'nav.admin', signedIn: true, roles: ['ADMIN'] },
  { id: 'map', labelKey: 'nav.map' },
  { id: 'about', labelKey: 'nav.about' },
  { id: 'signin', labelKey: 'nav.signIn', hidden: true },
] as const satisfies readonly {
  id: string;
  labelKey: MessageKey;
  signedIn?: boolean;
  roles?: readonly Role[];
  hidden?: boolean;
}[];

export type SectionId = (typeof SECTIONS)[number]['id'];

export const DEFAULT_SECTION: SectionId = 'map';

export function sectionHref(id: SectionId): string {
  return `#/${id}`;
}

/**
 * The section a location hash names; anything unknown (including no hash) is the default. Only the
 * first segment counts: a section may use the rest for its own pages (`#/admin/calendar`).
 *
 * @example sectionFromHash('#/about') // 'about'
 * @example sectionFromHash('#/admin/users') // 'admin'
 */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '').split('/')[0];
  return SECTIONS.find((section) => section.id === id)?.id ?? DEFAULT_SECTION;
}

/** The sections the nav offers to this user (null: not signed in). */
export function navSections(me: Me | null): (typeof SECTIONS)[number][] {
  return SECTIONS.filter(
    (section) =>
      !('hidden' in section) &&
      (me !== null || !('signedIn' in section)) &&
      (!('roles' in section) || section.roles.some((role) => me?.roles.includes(role))),
  );
}

/**
 * Where signing in leads: officers to 上报 (the phone app), a pure administrator (no desk in the
 * loop) to 管理, a pure leader to the 驾驶舱, everyone else to the 工作台.
 */
export function homeSectionFor(me: Me): SectionId {
  if (me.roles.includes('OFFICER')) return 'report';
  if (me.roles.length > 0 && me.roles.every((role) => role === 'LEADER')) return 'dashboard';
  return me.roles.every((role) => role === 'ADMIN') && me.roles.length > 0 ? 'admin' : 'work';
}

/** True when the section needs a session to show anything. */
export function needsSignIn(id: SectionId): boolean {
  return SECTIONS.some((section) => section.id === id && 'signedIn' in section);
}
