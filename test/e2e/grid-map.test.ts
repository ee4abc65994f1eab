import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemo } from '@gridloop/api';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../src/browser.js';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { huangpuGrids, insertHuangpuGrids } from '../src/fixtures/huangpu-grids.js';
import { artifactsDir } from '../src/repo-paths.js';
import { type ApiProcess, startApiProcess } from '../src/server/api-process.js';

/**
 * The built app over the real API process, on a database of its own: the demo city (derived
 * layers for 黄浦区 only, which is quick) plus the 黄浦区 grid fixture. The city outline is shrunk to a box of ~34 × 19 km around the fixture, so
 * the app's own fit-to-city lands near zoom 12.25 (city scale) with the grids in the middle of the
 * screen: no test hooks in the app.
 */
describe('the map draws unit grids from vector tiles and says where a clicked point is', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let api: ApiProcess;
  let browser: Browser;
  const centre = { lng: huangpuGrids.middleLng, lat: huangpuGrids.middleLat };

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient({ databaseUrl: database.url });
    await seedDemo(prisma, { districts: ['310101'] });
    await insertHuangpuGrids(prisma);
    await prisma.$executeRaw`
      UPDATE area SET boundary = ST_Multi(ST_MakeEnvelope(${centre.lng - 0.18}::float8, ${centre.lat - 0.085}::float8,
        ${centre.lng + 0.18}::float8, ${centre.lat + 0.085}::float8, 4326))
      WHERE level = 'CITY'`;
    api = await startApiProcess({ DATABASE_URL: database.url });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    expect(await api?.stop()).toBe(0);
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('draws the grid layer at city zoom and shows gridAt’s answer on click', async () => {
    const page = await browser.context.newPage();
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    const gridTile = page.waitForResponse((response) => /\/tiles\/grid\/1[23]\/\d+\/\d+\.mvt$/.test(response.url()));
    await page.goto(api.baseUrl);
    await expect.poll(() => page.getByTestId('map-status').textContent(), { timeout: 30_000 }).toContain('16');
    const tileResponse = await gridTile;
    expect(tileResponse.status()).toBe(200);
    expect(tileResponse.headers()['content-type']).toBe('application/vnd.mapbox-vector-tile');
    await expect.poll(() => paintedPixelsOfVectorTiles(page), { timeout: 10_000 }).toBeGreaterThan(50);
    await expect(page.getByTestId('map-legend').textContent()).resolves.toContain('派生数据');

    // the middle of the map is the corner the four fixture grids share
    const map = await page.locator('.leaflet-container').boundingBox();
    if (!map) throw new Error('no map on the page');
    await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
    const answer = page.getByTestId('grid-at');
    await expect.poll(() => answer.getAttribute('data-status'), { timeout: 10_000 }).toBe('found');
    const text = await answer.textContent();
    expect(text).toMatch(/31010100200100[1-4]/);
    for (const parent of ['云南中路居委会', '南京东路街道', '黄浦区']) expect(text).toContain(parent);

    // a click far from any grid is answered, not failed
    await page.mouse.click(map.x + 240, map.y + map.height - 160);
    await expect.poll(() => answer.getAttribute('data-status'), { timeout: 10_000 }).toBe('outside');
    expect(failedRequests).toEqual([]);
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'grid-map.png') });
  });
});

/** Pixels with any paint on the vector tile canvases (the grid layer's strokes and fill). */
function paintedPixelsOfVectorTiles(page: Page): Promise<number> {
  return page.evaluate(() => {
    let painted = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.leaflet-vectorTiles-pane canvas')) {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      for (let alpha = 3; alpha < data.length; alpha += 4) if ((data[alpha] ?? 0) > 0) painted += 1;
    }
    return painted;
  });
}
