import type { MessageKey } from '../../i18n';

/**
 * The pages of 管理, in sub-nav order. Each is addressed by `#/admin/<id>`, so a page can be
 * bookmarked and back/forward moves between them like between sections.
 */
export const ADMIN_PAGES = [
  { id: 'categories', labelKey: 'admin.nav.categories' },
  { id: 'step-limits', labelKey: 'admin.nav.stepLimits' },
  { id: 'departments', labelKey: 'admin.nav.departments' },
  { id: 'rules', labelKey: 'admin.nav.rules' },
  { id: 'grid-import', labelKey: 'admin.nav.gridImport' },
  { id: 'grid-generation', labelKey: 'admin.nav.gridGeneration' },
  { id: 'components', labelKey: 'admin.nav.components' },
  { id: 'calendar', labelKey: 'admin.nav.calendar' },
  { id: 'users', labelKey: 'admin.nav.users' },
  { id: 'audit', labelKey: 'admin.nav.audit' },
] as const satisfies readonly { id: string; labelKey: MessageKey }[];

export type AdminPageId = (typeof ADMIN_PAGES)[number]['id'];

export const DEFAULT_ADMIN_PAGE: AdminPageId = 'categories';

export function adminPageHref(id: AdminPageId): string {
  return `#/admin/${id}`;
}

/**
 * The admin page a location hash names; `#/admin` alone or an unknown page is the first page.
 *
 * @example adminPageFromHash('#/admin/calendar') // 'calendar'
 */
export function adminPageFromHash(hash: string): AdminPageId {
  const id = hash.replace(/^#\/?/, '').split('/')[1];
  return ADMIN_PAGES.find((page) => page.id === id)?.id ?? DEFAULT_ADMIN_PAGE;
}
