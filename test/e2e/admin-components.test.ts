import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemo } from '@gridloop/api';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../src/browser.js';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { artifactsDir } from '../src/repo-paths.js';
import { type ApiProcess, startApiProcess } from '../src/server/api-process.js';

const REASON = '2030 年部件普查：南京东路上水井盖';

/**
 * The admin's component inventory over the real API process and the built app, on a database of
 * its own with the demo 黄浦区 and the standard catalog: a code is checked as it is typed, a code
 * the API refuses (no such district) is shown translated beside the field and writes nothing, and
 * the corrected component, placed by a click on the map, is listed and audited.
 */
describe('the admin component inventory', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let api: ApiProcess;
  let desk: Browser;

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient({ databaseUrl: database.url });
    await seedDemo(prisma, { districts: ['310101'] });
    api = await startApiProcess({ DATABASE_URL: database.url });
    desk = await launchBrowser();
  });
  afterAll(async () => {
    await desk?.close();
    expect(await api?.stop()).toBe(0);
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('refuses a bad code in words, then adds a component placed on the map and lists it', async () => {
    const page = await desk.context.newPage();
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => {
      const isCancelledTile = request.url().includes('/tiles/') && request.failure()?.errorText === 'net::ERR_ABORTED';
      if (!isCancelledTile) failedRequests.push(`${request.url()} ${request.failure()?.errorText}`);
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${api.baseUrl}/#/admin/components`);
    await page.locator('input[name="username"]').fill('admin');
    await page.locator('input[name="password"]').fill('admin-demo');
    await page.locator('form button[type="submit"]').click();
    await page.getByTestId('component-add').click({ timeout: 30_000 });
    const editor = page.getByTestId('component-editor');
    const code = editor.locator('input[name="code"]');

    // checked as typed: 15 digits is not an ID; 16 names the class 0101 (上水井盖) and picks it
    await code.fill('310101010100000');
    expect(await page.getByTestId('component-code-problem').textContent()).toBe('部件编码须为 16 位数字');
    await code.fill('3199990101000001');
    expect(await page.getByTestId('component-code-problem').count()).toBe(0);
    const classSelect = editor.locator('select[name="categoryId"]');
    const chosen = await classSelect.evaluate(
      (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '',
    );
    expect(chosen, `${consoleErrors.join('\n')}\n${(await classSelect.innerHTML()).slice(0, 300)}`).toContain(
      '上水井盖',
    );

    // the point comes from a click on the map, once it shows the city (its outline arrives after the page)
    await page.getByTestId('component-map').locator('.leaflet-container[data-fitted="true"]').waitFor();
    const map = await page.getByTestId('component-map').boundingBox();
    if (!map) throw new Error('no map on the page');
    await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
    await expect
      .poll(() => editor.locator('input[name="lng"]').inputValue(), { timeout: 10_000 })
      .toMatch(/^12[01]\.\d+$/);
    const lng = Number(await editor.locator('input[name="lng"]').inputValue());
    const lat = Number(await editor.locator('input[name="lat"]').inputValue());

    // 319999 is no district: the API refuses, and says so beside the code in Chinese
    await editor.locator('input[name="name"]').fill('南京东路 1 号上水井盖');
    await editor.locator('textarea[name="reason"]').fill(REASON);
    await editor.getByTestId('admin-save').click();
    const codeError = editor.getByTestId('field-error-code');
    await codeError.waitFor();
    expect(await codeError.getAttribute('data-code')).toBe('BAD_REQUEST');
    expect(await codeError.textContent()).toContain('内容不符合要求');
    expect(await prisma.component.count()).toBe(0);
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'admin-components-refused.png') });

    await code.fill('3101010101000001');
    await editor.getByTestId('admin-save').click();
    await editor.waitFor({ state: 'detached' });
    const row = page.locator('[data-testid="component-row"][data-code="3101010101000001"]');
    await row.waitFor();
    const text = await row.textContent();
    for (const part of ['上水井盖', '南京东路 1 号上水井盖', '黄浦区']) expect(text).toContain(part);

    const saved = await prisma.component.findUniqueOrThrow({ where: { code: '3101010101000001' } });
    expect(saved.name).toBe('南京东路 1 号上水井盖');
    const [point] = await prisma.$queryRaw<{ lng: number; lat: number }[]>`
      SELECT ST_X(point) AS lng, ST_Y(point) AS lat FROM component WHERE id = ${saved.id}`;
    expect(point?.lng).toBeCloseTo(lng, 6);
    expect(point?.lat).toBeCloseTo(lat, 6);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'CREATE_COMPONENT' } });
    expect(audit.reason).toBe(REASON);

    // retire it: the row stays, marked inactive
    await row.getByRole('button').click();
    await editor.locator('input[name="isActive"]').uncheck();
    await editor.locator('textarea[name="reason"]').fill('井盖已拆除');
    await editor.getByTestId('admin-save').click();
    await editor.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await prisma.component.findUniqueOrThrow({ where: { id: saved.id } })).isActive)
      .toBe(false);
    await page.screenshot({ path: join(artifactsDir, 'admin-components-retired.png') });
    await expect.poll(() => row.getAttribute('class'), { timeout: 10_000 }).toContain('admin-inactive');
    expect(failedRequests).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'admin-components-listed.png') });
    // a phone-width look: the list and the map stack instead of overflowing
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(artifactsDir, 'admin-components-360.png'), fullPage: true });
  });
});
