import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemo } from '@gridloop/api';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from '../src/browser.js';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { type GridPoint, officerBeatPoints } from '../src/fixtures/officer-beat-points.js';
import { launchPhoneBrowser } from '../src/fixtures/phone-browser.js';
import { artifactsDir } from '../src/repo-paths.js';
import { type ApiProcess, startApiProcess } from '../src/server/api-process.js';

/** Stands the phone at a point (WGS84, as its GPS reports it) and presses 定位. */
async function locateAt(context: BrowserContext, page: Page, point: GridPoint): Promise<void> {
  await context.setGeolocation({ latitude: point.lat, longitude: point.lng, accuracy: 8 });
  await page.getByTestId('locate-me').click();
}

/** Searches the category picker and taps the class. */
async function pickCategory(page: Page, search: string, name: string): Promise<void> {
  await page.locator('input[name="category-search"]').fill(search);
  await page.locator(`[data-testid="category-option"][data-name="${name}"]`).click();
  await page.locator(`[data-testid="category-chosen"][data-name="${name}"]`).waitFor();
}

/** The newest report in the outbox list (it lists newest first). */
const newestEntry = (page: Page) => page.getByTestId('outbox-entry').first();

/** A camera-sized JPEG (3200 × 2400), as a phone would hand it to the page. */
async function cameraPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 3200, height: 2400, channels: 3, background: { r: 120, g: 140, b: 90 } } })
    .jpeg({ quality: 92 })
    .toBuffer();
}

/**
 * The officer's phone: the built app over the real API process, on a database of its own with the
 * demo 黄浦区. Online the report goes straight through; offline it waits in the outbox on the phone
 * (IndexedDB), survives the page being closed, and is sent exactly once when the network returns.
 */
describe('the officer reports from a phone, online and offline', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let api: ApiProcess;
  let phone: Browser;
  let points: GridPoint[];

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient({ databaseUrl: database.url });
    await seedDemo(prisma, { districts: ['310101'] });
    points = await officerBeatPoints(prisma, 2, 3);
    api = await startApiProcess({ DATABASE_URL: database.url });
    phone = await launchPhoneBrowser(api.baseUrl);
  });
  afterAll(async () => {
    await phone?.close();
    expect(await api?.stop()).toBe(0);
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('reports, adds to a duplicate, queues a photo report offline and sends it once back online', async () => {
    const [here, there] = points as [GridPoint, GridPoint];
    const { context } = phone;
    await context.setGeolocation({ latitude: here.lat, longitude: here.lng, accuracy: 8 });
    let page = await context.newPage();
    await page.goto(`${api.baseUrl}/#/report`);
    await page.locator('input[name="username"]').fill('officer');
    await page.locator('input[name="password"]').fill('officer-demo');
    await page.locator('form button[type="submit"]').click();
    await page.getByTestId('report-page').waitFor({ timeout: 30_000 });
    // the app shell is on the phone before the network goes away
    expect(await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready))).toBe(true);

    // online: locate, pick 施工扰民 by its pinyin initials (no photo needed), submit → a case code
    await locateAt(context, page, here);
    const place = page.getByTestId('report-place');
    await expect.poll(() => place.getAttribute('data-status'), { timeout: 15_000 }).toBe('in-scope');
    await expect.poll(() => place.textContent(), { timeout: 15_000 }).toContain(here.gridCode);
    await pickCategory(page, 'sgrm', '施工扰民');
    await page.locator('[data-testid="report-form"] button[type="submit"]').click();
    await expect.poll(() => newestEntry(page).getAttribute('data-state'), { timeout: 15_000 }).toBe('sent');
    const codeText = (await newestEntry(page).getByTestId('outbox-case-code').textContent()) ?? '';
    const firstCode = /\d{19}/.exec(codeText)?.[0] ?? '';
    const firstKey = (await newestEntry(page).getAttribute('data-key')) ?? '';
    const first = await prisma.case.findMany({ where: { idempotencyKey: firstKey } });
    expect(first.map((row) => [row.code, row.gridCode, row.status])).toEqual([[firstCode, here.gridCode, 'REPORTED']]);
    expect(await page.locator('img.leaflet-tile').count()).toBe(0); // no base-map tiles

    // the same problem again: 施工扰民 now leads the list as a frequent pick, and the open case
    // nearby is offered; adding to it comments on that case instead of reporting a second one
    const firstOption = page.getByTestId('category-option').first();
    expect(await firstOption.getAttribute('data-name')).toBe('施工扰民');
    await firstOption.click();
    const offered = page.locator(`[data-testid="duplicate-offer"] [data-code="${firstCode}"]`);
    await offered.waitFor({ timeout: 15_000 });
    await page.locator('textarea[name="note"]').fill('打桩声持续到凌晨');
    await offered.locator('button').click();
    await expect.poll(() => page.getByTestId('report-notice').textContent(), { timeout: 15_000 }).toContain(firstCode);
    const comments = await prisma.caseEvent.findMany({ where: { caseId: first[0]?.id, action: 'COMMENT' } });
    expect(comments.map((event) => event.note)).toEqual(['打桩声持续到凌晨']);
    expect(await prisma.case.count({ where: { reporter: { username: 'officer' } } })).toBe(1);

    // offline: the grid cannot be asked, a photo is required for 暴露垃圾 and is compressed on the phone
    await context.setOffline(true);
    await locateAt(context, page, there);
    await expect.poll(() => place.getAttribute('data-status'), { timeout: 15_000 }).toBe('unknown');
    await pickCategory(page, 'bllj', '暴露垃圾');
    await page.locator('[data-testid="report-form"] button[type="submit"]').click();
    expect(await page.getByTestId('report-notice').getAttribute('data-kind')).toBe('error');
    expect(await page.getByTestId('report-notice').textContent()).toBe('此类问题需要至少一张照片。');
    await page
      .locator('input[name="photo-camera"]')
      .setInputFiles({ name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto() });
    await page.locator('[data-testid="report-photos"] img').waitFor();
    await page.locator('[data-testid="report-form"] button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('report-notice').textContent()).toBe('已保存在本机，联网后自动发送。');
    expect(await newestEntry(page).getAttribute('data-state')).toBe('queued');
    expect(await newestEntry(page).textContent()).toContain('1 张照片');
    const queuedKey = (await newestEntry(page).getAttribute('data-key')) ?? '';
    mkdirSync(artifactsDir, { recursive: true });
    await newestEntry(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifactsDir, 'officer-report-offline.png'), fullPage: true });

    // the browser closes; reopened while still offline, the app and the queued report are there
    await page.close();
    page = await context.newPage();
    const reopened = await page.goto(`${api.baseUrl}/#/report`);
    expect(reopened?.fromServiceWorker()).toBe(true); // the app shell came from the phone's cache
    const queued = page.locator(`[data-testid="outbox-entry"][data-key="${queuedKey}"]`);
    await queued.waitFor({ timeout: 30_000 });
    expect(await queued.getAttribute('data-state')).toBe('queued');
    expect(await prisma.case.count({ where: { idempotencyKey: queuedKey } })).toBe(0);

    // the network returns: sent by itself, exactly once, with the compressed photo
    await context.setOffline(false);
    await expect.poll(() => queued.getAttribute('data-state'), { timeout: 30_000 }).toBe('sent');
    await page.reload();
    await page.locator(`[data-testid="outbox-entry"][data-key="${queuedKey}"][data-state="sent"]`).waitFor();
    const sent = await prisma.case.findMany({ where: { idempotencyKey: queuedKey }, include: { photos: true } });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.gridCode).toBe(there.gridCode);
    expect(sent[0]?.photos.map((photo) => [photo.width, photo.height, photo.mimeType])).toEqual([
      [1600, 1200, 'image/jpeg'],
    ]);
    expect(await queued.textContent()).toContain(sent[0]?.code);
    await queued.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifactsDir, 'officer-report-sent.png'), fullPage: true });
  }, 180_000);
});
