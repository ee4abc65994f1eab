import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, launchBrowser } from '../src/browser.js';
import { artifactsDir } from '../src/repo-paths.js';
import { type ApiProcess, startApiProcess } from '../src/server/api-process.js';

// The built web app, served by the real API process (as `npm start` runs it) with the demo city.
describe('the web app shows the demo city on a map without any base-map tiles', () => {
  let api: ApiProcess;
  let browser: Browser;
  beforeAll(async () => {
    api = await startApiProcess({ DATABASE_URL: inject('databaseUrl'), SEED_DEMO: 'true' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    const code = await api?.stop();
    expect(code).toBe(0);
  });

  it('renders the map with the city boundary and all 16 districts', async () => {
    const page = await browser.context.newPage();
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    await page.goto(api.baseUrl);
    await page.waitForSelector('.leaflet-container');
    await expect.poll(() => page.getByTestId('map-status').textContent(), { timeout: 30_000 }).toContain('16');
    const drawn = await page.locator('.leaflet-overlay-pane canvas, .leaflet-overlay-pane path').count();
    expect(drawn).toBeGreaterThan(0);
    // no base-map tiles (images); gridloop's own vector tiles are canvases
    expect(await page.locator('img.leaflet-tile').count()).toBe(0);
    expect(failedRequests).toEqual([]);
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'map.png') });
  });
});
