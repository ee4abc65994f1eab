import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo } from '@gridloop/api';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import type { Page, Request } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../src/browser.js';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { launchPhoneBrowser } from '../src/fixtures/phone-browser.js';
import { artifactsDir } from '../src/repo-paths.js';
import { type ApiProcess, startApiProcess } from '../src/server/api-process.js';

type DeskRole = 'operator' | 'shiftlead' | 'dispatcher' | 'handler' | 'leader';

/** Signs a demo account in through the app's own form (the session then lives in the httpOnly cookie). */
async function signIn(page: Page, username: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(`${username}-demo`);
  await page.locator('form button[type="submit"]').click();
}

/** A failed request, with why and which operation (the app's requests are all POST /graphql). */
function describeFailure(request: Request): string {
  return `${request.url()} ${request.failure()?.errorText ?? ''} ${request.postData()?.slice(0, 60) ?? ''}`;
}

/** A photo as a camera hands it over: a JPEG of `width` × `height` in one colour. */
function photo(width: number, height: number, background: { r: number; g: number; b: number }): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function screenshot(page: Page, fileName: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, fileName) });
}

/** The row of a case in the list the console shows now. */
const rowOf = (page: Page, code: string) => page.locator(`[data-testid="case-row"][data-code="${code}"]`);

/** Clicks a case's action button (the panel offers one per action the API allows this viewer). */
async function pressAction(page: Page, action: string): Promise<void> {
  await page.locator(`[data-testid="case-panel"] [data-action="${action}"]`).click();
}

/** Confirms the open action dialog with its own button, and waits for it to close. */
async function confirmDialog(page: Page): Promise<void> {
  const dialog = page.getByTestId('action-dialog');
  await dialog.locator('button[type="submit"]').click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
}

/**
 * One case around the whole loop through the real UI of every role, over the built app and the
 * real API process (its job worker refreshing the metric rollups every second) on a database of
 * its own with the demo 黄浦区: the officer reports on a phone, partly offline; the operator
 * accepts; the shift leader files while the dispatcher watches it arrive; the dispatcher sends it to
 * the suggested department; the handler handles it with a result photo; the officer passes the
 * check on the phone; the shift leader closes it; the leader's 结案数 counts it.
 */
describe('the whole case loop in the browser, every role through its own screen', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let api: ApiProcess;
  let photoDir: string;
  let phone: Browser;
  const desks: Browser[] = [];
  const failedRequests: string[] = [];

  /** A desktop browser of its own (so a session of its own), signed in at the 工作台 or `section`. */
  async function openDesk(role: DeskRole, section = 'work'): Promise<Page> {
    const desk = await launchBrowser({ width: 1366, height: 860 });
    desks.push(desk);
    const page = await desk.context.newPage();
    page.on('requestfailed', (request) => {
      // leaving a page or refreshing cancels the answers still on their way: not failures
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        failedRequests.push(`${role}: ${describeFailure(request)}`);
    });
    page.on('pageerror', (error) => failedRequests.push(`${role}: page error: ${error.message}`));
    await page.goto(`${api.baseUrl}/#/${section}`);
    await signIn(page, role);
    return page;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient({ databaseUrl: database.url });
    await seedDemo(prisma, { districts: ['310101'] });
    photoDir = mkdtempSync(join(tmpdir(), 'gridloop-loop-photos-'));
    api = await startApiProcess({
      DATABASE_URL: database.url,
      PHOTO_DIR: photoDir,
      EVENT_CONSUMER_INTERVAL_SECONDS: '1',
    });
    phone = await launchPhoneBrowser(api.baseUrl);
  }, 120_000);
  afterAll(async () => {
    for (const desk of desks) await desk.close();
    await phone?.close();
    expect(await api?.stop()).toBe(0);
    await prisma?.$disconnect();
    await database?.drop();
    if (photoDir) rmSync(photoDir, { recursive: true, force: true });
  });

  it('reports, accepts, files, dispatches, handles, checks, closes, and the leader sees it closed', async () => {
    const started = Date.now();
    const lap = (step: string) => console.info(`${step}: ${Math.round((Date.now() - started) / 1000)} s`);

    // 1. the officer, on the phone, in their own beat: located online, sent after going offline
    const [here] = await prisma.$queryRaw<{ lng: number; lat: number; gridCode: string }[]>`
      SELECT ST_X(p) AS lng, ST_Y(p) AS lat, code AS "gridCode" FROM (
        SELECT ST_PointOnSurface(u.geom) AS p, u.code FROM unit_grid u
        JOIN responsibility_grid r ON r.id = u.responsibility_grid_id
        JOIN app_user o ON o.beat_code = r.code AND o.username = 'officer'
        WHERE u.retired_at IS NULL ORDER BY u.code LIMIT 1) g`;
    if (!here) throw new Error('the demo officer has no beat with a current unit grid');
    const { context } = phone;
    await context.setGeolocation({ latitude: here.lat, longitude: here.lng, accuracy: 8 });
    const officer = await context.newPage();
    await officer.goto(`${api.baseUrl}/#/report`);
    await signIn(officer, 'officer');
    await officer.getByTestId('report-page').waitFor({ timeout: 30_000 });
    await officer.getByTestId('locate-me').click();
    const place = officer.getByTestId('report-place');
    await expect.poll(() => place.getAttribute('data-status'), { timeout: 15_000 }).toBe('in-scope');
    await officer.locator('input[name="category-search"]').fill('bllj');
    await officer.locator('[data-testid="category-option"][data-name="暴露垃圾"]').click();
    await officer.locator('[data-testid="category-chosen"][data-name="暴露垃圾"]').waitFor();
    await officer.locator('textarea[name="note"]').fill('垃圾桶满溢，散落路面');
    await officer.locator('input[name="photo-camera"]').setInputFiles({
      name: 'IMG_0100.jpg',
      mimeType: 'image/jpeg',
      buffer: await photo(2400, 1800, { r: 110, g: 130, b: 80 }),
    });
    await officer.locator('[data-testid="report-photos"] img').waitFor();
    await context.setOffline(true);
    await officer.locator('[data-testid="report-form"] button[type="submit"]').click();
    const entry = officer.getByTestId('outbox-entry').first();
    await expect.poll(() => entry.getAttribute('data-state'), { timeout: 15_000 }).toBe('queued');
    await context.setOffline(false);
    await expect.poll(() => entry.getAttribute('data-state'), { timeout: 30_000 }).toBe('sent');
    const key = (await entry.getAttribute('data-key')) ?? '';
    const reported = await prisma.case.findFirstOrThrow({ where: { idempotencyKey: key }, include: { photos: true } });
    const code = reported.code;
    expect([reported.status, reported.gridCode, reported.photos.length]).toEqual(['REPORTED', here.gridCode, 1]);
    expect(await entry.getByTestId('outbox-case-code').textContent()).toContain(code);
    await entry.scrollIntoViewIfNeeded();
    await screenshot(officer, 'case-loop-1-officer-reported.png');
    lap('reported');

    // 2. the operator accepts it from 新上报
    const operator = await openDesk('operator');
    await rowOf(operator, code).click({ timeout: 30_000 });
    await expect.poll(() => operator.getByTestId('case-panel').getAttribute('data-code')).toBe(code);
    expect(await operator.getByTestId('case-status').textContent()).toBe('已上报');
    expect(await operator.locator('section[aria-labelledby="case-photos-title"] img').count()).toBe(1); // the officer's photo
    await pressAction(operator, 'ACCEPT');
    await expect.poll(() => operator.getByTestId('case-status').textContent(), { timeout: 15_000 }).toBe('已受理');
    await screenshot(operator, 'case-loop-2-operator-accepted.png');

    // 3. the dispatcher watches 待派遣 (empty, live) while the shift leader files it
    const dispatcher = await openDesk('dispatcher');
    const toDispatch = dispatcher.getByTestId('queue-tab-TO_DISPATCH');
    await expect.poll(() => toDispatch.getAttribute('data-count'), { timeout: 30_000 }).toBe('0');
    await expect.poll(() => dispatcher.getByTestId('live-state').getAttribute('data-state')).toBe('connected');
    await dispatcher.evaluate(() => {
      (window as { sameDocument?: boolean }).sameDocument = true;
    });
    const shiftLead = await openDesk('shiftlead');
    const toFile = shiftLead.getByTestId('queue-tab-TO_FILE');
    await expect.poll(() => toFile.getAttribute('aria-selected'), { timeout: 30_000 }).toBe('true');
    await rowOf(shiftLead, code).click();
    await pressAction(shiftLead, 'FILE');
    await expect.poll(() => shiftLead.getByTestId('case-status').textContent(), { timeout: 15_000 }).toBe('已立案');
    lap('accepted and filed');

    // the case arrives on the dispatcher's desk without a reload
    await expect.poll(() => toDispatch.getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    await rowOf(dispatcher, code).waitFor({ timeout: 15_000 });
    expect(await dispatcher.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await screenshot(dispatcher, 'case-loop-3-dispatcher-arrived.png');
    await rowOf(dispatcher, code).click();
    await expect.poll(() => dispatcher.getByTestId('case-status').textContent()).toBe('已立案');
    await pressAction(dispatcher, 'DISPATCH');
    // the department the responsibility rules name for 暴露垃圾 here is preselected and marked
    const suggested = await prisma.department.findUniqueOrThrow({ where: { code: 'HP-HWZX' } });
    const department = dispatcher.getByTestId('action-dialog').locator('select[name="department"]');
    expect(await department.inputValue()).toBe(String(suggested.id));
    expect(await department.locator('option:checked').textContent()).toBe(`${suggested.name}（建议）`);
    await screenshot(dispatcher, 'case-loop-3-dispatcher-dialog.png');
    await confirmDialog(dispatcher);
    await expect.poll(() => dispatcher.getByTestId('case-status').textContent(), { timeout: 15_000 }).toBe('已派遣');
    await expect.poll(() => toDispatch.getAttribute('data-count'), { timeout: 15_000 }).toBe('0');
    lap('dispatched');

    // 4. the department's handler handles it with a note and a result photo
    const handler = await openDesk('handler');
    const toHandle = handler.getByTestId('queue-tab-TO_HANDLE');
    await expect.poll(() => toHandle.getAttribute('data-count'), { timeout: 30_000 }).toBe('1');
    await rowOf(handler, code).click();
    await pressAction(handler, 'HANDLE');
    const handling = handler.getByTestId('action-dialog');
    await handling.locator('textarea[name="note"]').fill('已清运，桶边冲洗干净');
    await handling.locator('input[name="photos"]').setInputFiles({
      name: 'result.jpg',
      mimeType: 'image/jpeg',
      buffer: await photo(1200, 900, { r: 60, g: 150, b: 200 }),
    });
    expect(await handling.textContent()).toContain('已选 1 张');
    await screenshot(handler, 'case-loop-4-handler-dialog.png');
    await confirmDialog(handler);
    await expect.poll(() => handler.getByTestId('case-status').textContent(), { timeout: 15_000 }).toBe('已处置');
    await expect
      .poll(() => handler.locator('section[aria-labelledby="case-photos-title"] img').count(), { timeout: 15_000 })
      .toBe(2);
    expect(await handler.getByTestId('case-timeline').textContent()).toContain('已清运，桶边冲洗干净');
    await screenshot(handler, 'case-loop-4-handler-handled.png');
    lap('handled');

    // 5. the officer, back on the phone, passes the on-site check from 待核查
    await officer.goto(`${api.baseUrl}/#/work`);
    const checkTasks = officer.getByTestId('queue-tab-CHECK_TASKS');
    await expect.poll(() => checkTasks.getAttribute('data-count'), { timeout: 30_000 }).toBe('1');
    await checkTasks.click();
    await rowOf(officer, code).click();
    await expect.poll(() => officer.getByTestId('case-panel').getAttribute('data-code')).toBe(code);
    await pressAction(officer, 'CHECK_PASS');
    const check = officer.getByTestId('action-dialog');
    await check.locator('textarea[name="note"]').fill('现场已整洁');
    // the console fits the phone: nothing scrolls sideways, the dialog included
    const widths = await officer.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      dialog: document.querySelector('[data-testid="action-dialog"]')?.getBoundingClientRect().right ?? 0,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.dialog).toBeLessThanOrEqual(widths.viewport);
    await screenshot(officer, 'case-loop-5-officer-check-dialog.png');
    await confirmDialog(officer);
    await expect
      .poll(() => officer.getByTestId('case-notice').textContent(), { timeout: 15_000 })
      .toContain('核查通过');
    await expect.poll(() => checkTasks.getAttribute('data-count'), { timeout: 15_000 }).toBe('0');
    await screenshot(officer, 'case-loop-5-officer-checked.png');
    lap('checked');

    // 6. the shift leader closes it from 待结案 (the count followed the check live)
    const toClose = shiftLead.getByTestId('queue-tab-TO_CLOSE');
    await expect.poll(() => toClose.getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    await toClose.click();
    await rowOf(shiftLead, code).click();
    await pressAction(shiftLead, 'CLOSE');
    await expect.poll(() => shiftLead.getByTestId('case-status').textContent(), { timeout: 15_000 }).toBe('已结案');
    await expect.poll(() => toClose.getAttribute('data-count')).toBe('0');
    await screenshot(shiftLead, 'case-loop-6-shift-lead-closed.png');
    const closed = await prisma.case.findUniqueOrThrow({ where: { id: reported.id }, include: { photos: true } });
    expect([closed.status, closed.departmentId, closed.checkPassed, closed.photos.length]).toEqual([
      'CLOSED',
      suggested.id,
      true,
      2,
    ]);
    const actions = await prisma.caseEvent.findMany({ where: { caseId: reported.id }, orderBy: { id: 'asc' } });
    expect(actions.map((event) => event.action)).toEqual([
      'REPORT',
      'ACCEPT',
      'FILE',
      'DISPATCH',
      'HANDLE',
      'CHECK_PASS',
      'CLOSE',
    ]);
    lap('closed');

    // 7. the leader's dashboard counts it once the job worker folded it into the rollups
    const leader = await openDesk('leader', 'dashboard');
    await leader.getByTestId('dashboard').waitFor({ timeout: 30_000 });
    const closedCard = leader.locator('[data-testid="kpi-card"][data-metric="closed"]');
    await expect
      .poll(
        async () => {
          await leader.getByTestId('dashboard-refresh').click();
          return closedCard.getAttribute('data-value');
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe('1');
    const map = leader.getByTestId('dashboard-map');
    await expect.poll(() => map.getAttribute('data-choropleth-features'), { timeout: 30_000 }).not.toBe('0');
    await screenshot(leader, 'case-loop-7-leader-dashboard.png');
    lap('on the dashboard');

    expect(failedRequests).toEqual([]);
  }, 240_000);
});
