import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemo } from '@gridloop/api';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../src/browser.js';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { reportCaseAsDemoOfficer } from '../src/fixtures/officer-report.js';
import { artifactsDir } from '../src/repo-paths.js';
import { type ApiProcess, startApiProcess } from '../src/server/api-process.js';

/** Signs a demo account in through the app's own form (the session then lives in the httpOnly cookie). */
async function signIn(page: Page, username: string, password = `${username}-demo`): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

/** A failed request, with why and which operation (the app's requests are all POST /graphql). */
function describeFailure(request: Request): string {
  return `${request.url()} ${request.failure()?.errorText ?? ''} ${request.postData()?.slice(0, 60) ?? ''}`;
}

/**
 * The built app over the real API process, on a database of its own with the demo 黄浦区 (grids,
 * catalog, departments, one account per role). Two browsers, so two sessions: the operator's and
 * the shift leader's, as on two desks of the dispatch center.
 */
describe('the dispatch console: an operator accepts a report, the shift leader sees it arrive live', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let api: ApiProcess;
  let operatorDesk: Browser;
  let shiftLeadDesk: Browser;

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient({ databaseUrl: database.url });
    await seedDemo(prisma, { districts: ['310101'] });
    api = await startApiProcess({ DATABASE_URL: database.url });
    operatorDesk = await launchBrowser();
    shiftLeadDesk = await launchBrowser();
  });
  afterAll(async () => {
    await operatorDesk?.close();
    await shiftLeadDesk?.close();
    expect(await api?.stop()).toBe(0);
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('accepts with the keyboard, and the TO_FILE count rises on the other desk without a reload', async () => {
    const reported = await reportCaseAsDemoOfficer(api.baseUrl, prisma);
    expect(reported.status).toBe('REPORTED');

    const operator = await operatorDesk.context.newPage();
    const failedRequests: string[] = [];
    operator.on('requestfailed', (request) => failedRequests.push(describeFailure(request)));
    await operator.goto(`${api.baseUrl}/#/work`);
    await signIn(operator, 'operator', 'not-the-password');
    await expect.poll(() => operator.getByTestId('sign-in-error').textContent()).toBe('用户名或密码错误');
    await signIn(operator, 'operator');

    // the operator's queue is 新上报 (TO_ACCEPT); J opens its first case, the new report
    const toAccept = operator.getByTestId('queue-tab-TO_ACCEPT');
    await expect.poll(() => toAccept.getAttribute('aria-selected'), { timeout: 30_000 }).toBe('true');
    await expect.poll(() => toAccept.getAttribute('data-count')).toBe('1');
    const row = operator.locator(`[data-testid="case-row"][data-code="${reported.code}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('施工扰民');
    expect(await row.getAttribute('data-light')).toBe('GREEN');
    await operator.keyboard.press('j');
    const panel = operator.getByTestId('case-panel');
    await expect.poll(() => panel.getAttribute('data-code')).toBe(reported.code);
    const status = operator.getByTestId('case-status');
    expect(await status.textContent()).toBe('已上报');
    const actions = await panel
      .locator('[data-action]')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-action')));
    expect(actions).toEqual(expect.arrayContaining(['ACCEPT', 'REJECT', 'MERGE']));

    // the shift leader's desk: 待立案 (TO_FILE) is empty, and the live stream is open
    const shiftLead = await shiftLeadDesk.context.newPage();
    shiftLead.on('requestfailed', (request) => failedRequests.push(describeFailure(request)));
    await shiftLead.goto(`${api.baseUrl}/#/work`);
    await signIn(shiftLead, 'shiftlead');
    const toFile = shiftLead.getByTestId('queue-tab-TO_FILE');
    await expect.poll(() => toFile.getAttribute('data-count'), { timeout: 30_000 }).toBe('0');
    await expect.poll(() => shiftLead.getByTestId('live-state').getAttribute('data-state')).toBe('connected');
    await shiftLead.evaluate(() => {
      (window as { sameDocument?: boolean }).sameDocument = true;
    });

    // A accepts: the operator sees the new status and the event on the timeline
    await operator.keyboard.press('a');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('已受理');
    expect(await operator.getByTestId('case-timeline').textContent()).toContain('受理');
    await expect.poll(() => toAccept.getAttribute('data-count')).toBe('0');

    // the shift leader's count and list follow, in the same document (no reload)
    await expect.poll(() => toFile.getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    await shiftLead.locator(`[data-testid="case-row"][data-code="${reported.code}"]`).waitFor();
    expect(await shiftLead.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);

    expect(failedRequests).toEqual([]);
    mkdirSync(artifactsDir, { recursive: true });
    await operator.screenshot({ path: join(artifactsDir, 'dispatch-console-operator.png') });
    await shiftLead.screenshot({ path: join(artifactsDir, 'dispatch-console-shift-lead.png') });
  });

  it('shows an escalation behind the header bell, and marks it read', async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { username: 'shiftlead' } });
    const overdue = await reportCaseAsDemoOfficer(api.baseUrl, prisma, { nth: 5 });
    const notification = {
      userId: user.id,
      caseId: Number(overdue.id),
      titleEn: `Case ${overdue.code}: filing is overdue`,
      createdAt: new Date(),
    };
    await prisma.notification.create({
      data: { ...notification, kind: 'STEP_YELLOW', titleZh: `案卷 ${overdue.code} 立案即将超时` },
    });
    await prisma.notification.create({
      data: { ...notification, kind: 'STEP_RED', titleZh: `案卷 ${overdue.code} 立案已超时` },
    });
    const page = await shiftLeadDesk.context.newPage();
    await page.goto(`${api.baseUrl}/#/work`);
    const bell = page.getByTestId('notification-bell');
    const form = page.locator('input[name="username"]');
    await bell.or(form).first().waitFor({ timeout: 30_000 });
    if (await form.isVisible()) await signIn(page, 'shiftlead'); // the first test did not get that far
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: 30_000 }).toBe('通知（2 条未读）');
    expect(await page.getByTestId('notification-badge').textContent()).toBe('2');
    // following a notification opens its case in the console and marks it read
    await bell.click();
    const red = page.locator('.notification-item[data-unread="true"][data-kind="STEP_RED"]');
    await expect.poll(() => red.textContent(), { timeout: 10_000 }).toContain(`案卷 ${overdue.code} 立案已超时`);
    await red.locator('a').click();
    await page.locator(`[data-testid="case-panel"][data-code="${overdue.code}"]`).waitFor({ timeout: 15_000 });
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: 10_000 }).toBe('通知（1 条未读）');
    await bell.click();
    expect(await bell.getAttribute('aria-expanded')).toBe('true');
    const item = page.locator('.notification-item[data-unread="true"]');
    await expect.poll(() => item.textContent(), { timeout: 10_000 }).toContain(`案卷 ${overdue.code} 立案即将超时`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('通知');
    await page.getByRole('button', { name: '全部标为已读' }).click();
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: 10_000 }).toBe('通知');
    await page.keyboard.press('Escape');
    expect(await bell.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('notification-bell');
    expect(await prisma.notification.count({ where: { userId: user.id, readAt: null } })).toBe(0);
  }, 120_000);
});
