import { describe, expect, it } from 'vitest';
import type { Me } from '../features/auth/session-types';
import { homeSectionFor, navSections, needsSignIn, sectionFromHash } from './sections';

const operator: Me = {
  username: 'operator',
  displayName: '受理员',
  roles: ['OPERATOR'],
  area: { code: '310101', name: '黄浦区' },
};

const officer: Me = {
  username: 'officer',
  displayName: '监督员',
  roles: ['OFFICER'],
  area: { code: '310101002', name: '南京东路街道' },
};

describe('sections', () => {
  it('shows the work section only to a signed-in user, and never the sign-in page', () => {
    expect(navSections(null).map((section) => section.id)).toEqual(['map', 'about']);
    expect(navSections(operator).map((section) => section.id)).toEqual(['work', 'map', 'about']);
  });

  it('offers 上报 to officers only, and sends them there after signing in', () => {
    expect(navSections(officer).map((section) => section.id)).toEqual(['report', 'work', 'map', 'about']);
    expect(homeSectionFor(officer)).toBe('report');
    expect(homeSectionFor(operator)).toBe('work');
    expect(needsSignIn('report')).toBe(true);
    expect(sectionFromHash('#/report')).toBe('report');
  });

  it('reaches every section by its hash, the map by default', () => {
    expect(sectionFromHash('#/work')).toBe('work');
    expect(sectionFromHash('#/signin')).toBe('signin');
    expect(sectionFromHash('')).toBe('map');
    expect(sectionFromHash('#/nowhere')).toBe('map');
  });

  it('offers 管理 to admins only, with its pages under #/admin/…', () => {
    const admin: Me = { ...operator, username: 'admin', roles: ['ADMIN'] };
    expect(navSections(admin).map((section) => section.id)).toEqual(['work', 'dashboard', 'admin', 'map', 'about']);
    expect(navSections(operator).map((section) => section.id)).not.toContain('admin');
    expect(sectionFromHash('#/admin/calendar')).toBe('admin');
    expect(homeSectionFor(admin)).toBe('admin');
    expect(homeSectionFor({ ...admin, roles: ['ADMIN', 'DISPATCHER'] })).toBe('work');
    expect(needsSignIn('admin')).toBe(true);
  });

  it('offers the 驾驶舱 to leaders and admins, and sends a pure leader there after signing in', () => {
    const leader: Me = { ...operator, username: 'leader', roles: ['LEADER'] };
    expect(navSections(leader).map((section) => section.id)).toEqual(['work', 'dashboard', 'map', 'about']);
    expect(navSections(operator).map((section) => section.id)).not.toContain('dashboard');
    expect(homeSectionFor(leader)).toBe('dashboard');
    expect(homeSectionFor({ ...leader, roles: ['LEADER', 'DISPATCHER'] })).toBe('work');
    expect(sectionFromHash('#/dashboard')).toBe('dashboard');
    expect(needsSignIn('dashboard')).toBe(true);
  });

  it('asks for a session on the work section only', () => {
    expect(needsSignIn('work')).toBe(true);
    expect(needsSignIn('map')).toBe(false);
  });
});
