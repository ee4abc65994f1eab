import { describe, expect, it } from 'vitest';
import { ADMIN_PAGES, adminPageFromHash, adminPageHref } from './admin-pages';

describe('adminPageFromHash', () => {
  it('reads the page after #/admin/, the categories by default', () => {
    expect(adminPageFromHash('#/admin/calendar')).toBe('calendar');
    expect(adminPageFromHash('#/admin/step-limits')).toBe('step-limits');
    expect(adminPageFromHash('#/admin')).toBe('categories');
    expect(adminPageFromHash('#/admin/nowhere')).toBe('categories');
  });

  it('round-trips every page through its href', () => {
    for (const page of ADMIN_PAGES) expect(adminPageFromHash(adminPageHref(page.id))).toBe(page.id);
  });
});
