import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemo } from '@gridloop/api';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../src/browser.js';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { artifactsDir } from '../src/repo-paths.js';
import { type ApiProcess, startApiProcess } from '../src/server/api-process.js';

// 云南中路居委会 (南京东路街道, 黄浦区): its derived boundary is cut in two unit grids for the import.
const community = '310101002001';
// 外滩街道, where the grids are generated.
const bundStreet = '310101013';

/** A GeoJSON file as the browser's file chooser hands it over. */
const geojsonFile = (name: string, features: unknown[]) => ({
  name,
  mimeType: 'application/geo+json',
  buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })),
});

const feature = (code: string, geometry: unknown) => ({ type: 'Feature', properties: { code }, geometry });

/** Opens a page of the app; the browser's first visit signs in (later pages share its session). */
async function signInAsAdmin(page: Page, baseUrl: string, hash: string) {
  await page.goto(`${baseUrl}/${hash}`);
  const signIn = page.locator('input[name="username"]');
  const signedIn = page.locator('.admin-page');
  await signIn.or(signedIn).first().waitFor({ timeout: 30_000 });
  if (!(await signIn.isVisible())) return;
  await page.locator('input[name="username"]').fill('admin');
  await page.locator('input[name="password"]').fill('admin-demo');
  await page.locator('form button[type="submit"]').click();
}

/**
 * The admin's grid screens over the real API process and the built app, on a database of its own
 * with the demo 黄浦区: a unit grid file with a self-intersecting feature is checked (the report
 * names it, on the map too) and nothing is written; the fixed file passes and is imported. Then
 * grids are generated for one street: the preview's count is what the generation writes.
 */
describe('the admin grid screens: import with its report, generation with its preview', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let api: ApiProcess;
  let desk: Browser;
  let halves: { west: unknown; east: unknown; eastBox: number[] };

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient({ databaseUrl: database.url });
    await seedDemo(prisma, { districts: ['310101'] });
    // The community cut at its middle meridian: two grids that tile it exactly (both halves are
    // clipped by the same line, so their shared edge has the same vertices in both).
    const [row] = await prisma.$queryRaw<
      { west: string; east: string; valid: string; xmid: number; ymin: number; ymax: number; xmax: number }[]
    >`
      WITH c AS (SELECT boundary AS b, ST_XMin(boundary) AS x0, ST_XMax(boundary) AS x1,
                        ST_YMin(boundary) AS y0, ST_YMax(boundary) AS y1 FROM area WHERE code = ${community}),
           halves AS (
             SELECT ST_AsGeoJSON(ST_CollectionExtract(ST_Intersection(b, ST_MakeEnvelope(x0, y0, (x0 + x1) / 2, y1, 4326)), 3), 15) AS west,
                    ST_AsGeoJSON(ST_CollectionExtract(ST_Intersection(b, ST_MakeEnvelope((x0 + x1) / 2, y0, x1, y1, 4326)), 3), 15) AS east
             FROM c)
      SELECT west, east, (x0 + x1) / 2 AS xmid, y0 AS ymin, y1 AS ymax, x1 AS xmax,
             ST_IsValidReason(ST_GeomFromGeoJSON(west)) || ' / ' || ST_IsValidReason(ST_GeomFromGeoJSON(east)) AS valid
      FROM c, halves`;
    if (!row) throw new Error(`no boundary for ${community}`);
    expect(row.valid).toBe('Valid Geometry / Valid Geometry');
    halves = {
      west: JSON.parse(row.west),
      east: JSON.parse(row.east),
      eastBox: [row.xmid, row.ymin, row.xmax, row.ymax],
    };
    api = await startApiProcess({ DATABASE_URL: database.url });
    desk = await launchBrowser();
  });
  afterAll(async () => {
    await desk?.close();
    expect(await api?.stop()).toBe(0);
    await prisma?.$disconnect();
    await database?.drop();
  });

  const currentGridCodes = async (prefix: string) =>
    (
      await prisma.unitGrid.findMany({
        where: { retiredAt: null, code: { startsWith: prefix } },
        select: { code: true },
        orderBy: { code: 'asc' },
      })
    ).map((grid) => grid.code);

  it('checks a file with a self-intersecting grid, writes nothing, then imports the fixed file', async () => {
    const page = await desk.context.newPage();
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => {
      // tiles are cancelled on purpose when the layers are remounted after the import
      const isCancelledTile = request.url().includes('/tiles/') && request.failure()?.errorText === 'net::ERR_ABORTED';
      if (!isCancelledTile) failedRequests.push(`${request.url()} ${request.failure()?.errorText}`);
    });
    await signInAsAdmin(page, api.baseUrl, '#/admin/grid-import');
    const form = page.getByTestId('grid-import-form');
    await form.waitFor({ timeout: 30_000 });
    const gridsBefore = await currentGridCodes(community);
    const importsBefore = await prisma.layerImport.count();
    expect(gridsBefore.length).toBeGreaterThan(1);

    // 002 is a bow tie inside the east half: the ring crosses itself
    const [x0, y0, x1, y1] = halves.eastBox as [number, number, number, number];
    const [dx, dy] = [(x1 - x0) / 4, (y1 - y0) / 4];
    const bowTie = {
      type: 'Polygon',
      coordinates: [
        [
          [x0 + dx, y0 + dy],
          [x1 - dx, y1 - dy],
          [x1 - dx, y0 + dy],
          [x0 + dx, y1 - dy],
          [x0 + dx, y0 + dy],
        ],
      ],
    };
    expect(await form.locator('select[name="layer"]').inputValue()).toBe('UNIT_GRID');
    await form
      .locator('input[name="file"]')
      .setInputFiles(
        geojsonFile('grids-bad.geojson', [feature(`${community}001`, halves.west), feature(`${community}002`, bowTie)]),
      );
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    await page.getByTestId('import-check').click();
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.getAttribute('data-ok')).toBe('false');
    const invalid = page.locator('[data-testid="import-problem-row"][data-problem="INVALID_GEOMETRY"]');
    await invalid.waitFor();
    expect(await invalid.getAttribute('data-feature-index')).toBe('1');
    const rowText = await invalid.textContent();
    expect(rowText).toContain('几何无效');
    expect(rowText).toContain(`${community}002`);
    expect(rowText).toMatch(/Self-intersection|Ring Self-intersection/i);
    expect(await page.getByTestId('import-verdict').textContent()).toContain('未导入');
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    // the map draws the file, the blamed feature in red; "show on map" zooms to it
    await invalid.getByRole('button').click();
    await expect.poll(() => redPixelsOnMap(page), { timeout: 10_000 }).toBeGreaterThan(100);
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'admin-grids-import-report.png') });

    expect(await currentGridCodes(community)).toEqual(gridsBefore);
    expect(await prisma.layerImport.count()).toBe(importsBefore);

    // the fixed file: both halves; a passed check allows the import
    await form
      .locator('input[name="file"]')
      .setInputFiles(
        geojsonFile('grids-fixed.geojson', [
          feature(`${community}001`, halves.west),
          feature(`${community}002`, halves.east),
        ]),
      );
    await page.getByTestId('import-check').click();
    expect(await report.count()).toBe(0); // a new file clears the old report
    await report.waitFor({ timeout: 30_000 });
    expect(await report.getAttribute('data-ok'), (await report.textContent()) ?? '').toBe('true');
    expect(await currentGridCodes(community)).toEqual(gridsBefore);
    await page.getByTestId('import-run').click();
    await expect.poll(() => report.getAttribute('data-dry-run'), { timeout: 30_000 }).toBe('false');
    expect(await report.getAttribute('data-ok')).toBe('true');
    expect(await page.getByTestId('import-written').textContent()).toBe('2');
    expect(await page.getByTestId('import-verdict').textContent()).toContain('导入完成');
    expect(await currentGridCodes(community)).toEqual([`${community}001`, `${community}002`]);
    expect(await prisma.layerImport.count()).toBe(importsBefore + 1);
    expect(failedRequests).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'admin-grids-imported.png') });
    await page.close();
  });

  it('previews a generation for one street, then writes exactly the previewed grids', async () => {
    const page = await desk.context.newPage();
    await signInAsAdmin(page, api.baseUrl, '#/admin/grid-generation');
    const form = page.getByTestId('generation-form');
    await form.waitFor({ timeout: 30_000 });
    const gridsBefore = await currentGridCodes(bundStreet);

    // a bad option is refused beside its field, before anything is sent
    await form.locator('input[name="scopeCode"]').fill(`${bundStreet}001`);
    await page.getByTestId('generation-preview').click();
    await form.locator('[data-field="scopeCode"] [role="alert"]').waitFor();

    await form.locator('input[name="scopeCode"]').fill(bundStreet);
    expect(await form.locator('input[name="targetAreaM2"]').inputValue()).toBe('10000');
    await form.locator('input[name="targetAreaM2"]').fill('20000');
    expect(await page.getByTestId('generation-run').isDisabled()).toBe(true);
    await page.getByTestId('generation-preview').click();
    const report = page.getByTestId('generation-report');
    await report.waitFor({ timeout: 60_000 });
    expect(await report.getAttribute('data-dry-run')).toBe('true');
    const previewed = Number(await page.getByTestId('generation-unit-grids').textContent());
    expect(previewed).toBeGreaterThan(0);
    expect(await page.getByTestId('generation-verdict').textContent()).toContain('外滩街道');
    expect(await currentGridCodes(bundStreet)).toEqual(gridsBefore);
    await page.screenshot({ path: join(artifactsDir, 'admin-grids-generation-preview.png') });

    await page.getByTestId('generation-run').click();
    await expect.poll(() => report.getAttribute('data-dry-run'), { timeout: 60_000 }).toBe('false');
    expect(Number(await page.getByTestId('generation-unit-grids').textContent())).toBe(previewed);
    expect(await currentGridCodes(bundStreet)).toHaveLength(previewed);
    await page.screenshot({ path: join(artifactsDir, 'admin-grids-generated.png') });
    await page.close();
  });
});

/** Pixels of the import report's red (problem) fill and strokes on the map's canvas. */
function redPixelsOnMap(page: Page): Promise<number> {
  return page.evaluate(() => {
    let red = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('[data-testid="import-map"] canvas')) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
        if (a > 0 && r > 120 && g < 90 && b < 90) red++;
      }
    }
    return red;
  });
}
