import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemo } from '@gridloop/api';
import { type LngLat, wgs84ToGcj02 } from '@gridloop/geo';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../src/browser.js';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { type ReportedCase, reportCaseAsDemoOfficer } from '../src/fixtures/officer-report.js';
import { artifactsDir } from '../src/repo-paths.js';
import { type ApiProcess, startApiProcess } from '../src/server/api-process.js';

/** The base-map providers' hosts: this machine has no network, so the test serves their tiles. */
const PROVIDER_TILES = /tile\.openstreetmap\.org|autonavi\.com|tianditu\.gov\.cn/;
const RED: [number, number, number] = [0xd6, 0x45, 0x45];

/**
 * The dispatcher's case map in the work console, on the built app over the real API process: 300
 * open cases in a block of 南京东路街道 and one overdue case 3 km west of them. The overdue case is
 * the only red on the map, so the test finds it by colour on the canvas, and checks that each base
 * map draws the ground under it: OpenStreetMap at the case's WGS84 position, AMap at its GCJ-02
 * position, shifted so both land on the case.
 */
describe('the work console case map: clusters, a case opened from the map, base maps in both datums', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let api: ApiProcess;
  let browser: Browser;
  let overdue: ReportedCase & { lngLat: LngLat };

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient({ databaseUrl: database.url });
    await seedDemo(prisma, { districts: ['310101'] });
    api = await startApiProcess({ DATABASE_URL: database.url });
    const block = await reportCaseAsDemoOfficer(api.baseUrl, prisma);
    const lone = await reportCaseAsDemoOfficer(api.baseUrl, prisma, { nth: 3, description: '超时的施工噪声' });
    overdue = { ...lone, lngLat: await spreadCases(database.url, Number(block.id), Number(lone.id)) };
    browser = await launchBrowser();
    await browser.context.route(PROVIDER_TILES, (route) =>
      route.fulfill({ contentType: 'image/svg+xml', body: tileSvg(route.request().url()) }),
    );
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    expect(await api?.stop()).toBe(0);
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('shows clusters offline, zooms into one, opens the overdue case, and both base maps put it on its street', async () => {
    const page = await browser.context.newPage();
    const tileRequests: string[] = [];
    page.on('request', (request) => {
      if (PROVIDER_TILES.test(request.url())) tileRequests.push(request.url());
    });
    await page.goto(`${api.baseUrl}/#/work`);
    await page.locator('input[name="username"]').fill('dispatcher');
    await page.locator('input[name="password"]').fill('dispatcher-demo');
    await page.locator('form button[type="submit"]').click();
    await page.getByTestId('case-map-toggle').click();

    // At city zoom the 302 cases are one cluster, red for the overdue one inside it.
    const canvas = page.getByTestId('case-points-canvas');
    await expect.poll(() => canvas.getAttribute('data-clusters'), { timeout: 30_000 }).not.toBe('0');
    await expect.poll(() => page.getByTestId('case-map-status').textContent()).toContain('302');
    // The districts arrive after the first points and move the map to the city: wait for that.
    await page.locator('[data-testid="case-map"] .leaflet-overlay-pane canvas').first().waitFor();
    const cluster = await settledSpot(page, RED);
    expect(cluster?.width).toBeGreaterThan(20); // a bubble, not a point
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'case-map-clusters.png') });

    // Clicking the cluster zooms in until the overdue case stands alone as a small red point.
    if (!cluster) throw new Error('no red cluster');
    await page.mouse.click(cluster.x, cluster.y);
    await expect.poll(async () => (await colourSpot(page, RED))?.width ?? 99, { timeout: 15_000 }).toBeLessThan(20);
    const point = await settledSpot(page, RED);
    expect(Number(await canvas.getAttribute('data-clusters'))).toBeGreaterThan(0); // the block's cases
    if (!point) throw new Error('no red point');
    expect(tileRequests).toEqual([]); // the default base map is none: nothing leaves the machine

    for (const [name, datum] of [
      ['osm', 'WGS84'],
      ['amap', 'GCJ02'],
    ] as const) {
      await page.getByTestId(`base-map-${name}`).check();
      await expect.poll(() => screenPositionOnBaseMap(page, overdue.lngLat, datum), { timeout: 15_000 }).not.toBeNull();
      const ground = await screenPositionOnBaseMap(page, overdue.lngLat, datum);
      // The provider's drawing of the case's ground is under the case's point, within 2 px.
      expect(Math.abs((ground?.x ?? 0) - point.x)).toBeLessThan(2);
      expect(Math.abs((ground?.y ?? 0) - point.y)).toBeLessThan(2);
      console.log(`${name}: case point at ${fmt(point)}, provider's ground at ${ground ? fmt(ground) : '-'}`);
    }
    expect(tileRequests.some((url) => url.includes('autonavi.com'))).toBe(true);
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('高德地图');
    // AMap's imagery at the case's WGS84 numbers (where an unshifted AMap would put the case) lies
    // hundreds of px away at this zoom: the shift matters.
    const unshifted = await screenPositionOnBaseMap(page, overdue.lngLat, 'GCJ02', { ignoreShift: true });
    expect(Math.hypot((unshifted?.x ?? 0) - point.x, (unshifted?.y ?? 0) - point.y)).toBeGreaterThan(20);
    await page.screenshot({ path: join(artifactsDir, 'case-map-amap.png') });

    // Clicking the point opens the case beside the map; the choice of base map survives a reload.
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.getByTestId('case-panel').getAttribute('data-code')).toBe(overdue.code);
    await page.reload();
    await expect.poll(() => page.getByTestId('base-map-amap').isChecked(), { timeout: 30_000 }).toBe(true);
    await page.getByTestId('base-map-none').check();
  }, 120_000);
});

/**
 * Copies the block's case 300 times within about 400 m of it (the trigger that wants an event per
 * new case is off for this insert: map load, not case history), and moves the lone case 0.03° west
 * and past its deadline. Returns the lone case's position.
 */
async function spreadCases(databaseUrl: string, blockId: number, loneId: number): Promise<LngLat> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'case_record'
         AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'code', 'point', 'idempotency_key', 'external_ref')`,
    );
    const columns = rows.map(({ name }) => `"${name}"`);
    await client.query('BEGIN');
    await client.query('ALTER TABLE case_record DISABLE TRIGGER case_status_has_event');
    await client.query(
      `INSERT INTO case_record (code, point, ${columns.join(', ')})
       SELECT '9' || lpad(g::text, 18, '0'),
         ST_SetSRID(ST_MakePoint(c.lng + (random() - 0.5) * 0.008, c.lat + (random() - 0.5) * 0.008), 4326),
         ${columns.map((column) => `c.${column}`).join(', ')}
       FROM case_record c, generate_series(1, 300) g WHERE c.id = $1`,
      [blockId],
    );
    await client.query('ALTER TABLE case_record ENABLE TRIGGER case_status_has_event');
    const moved = await client.query<{ lng: number; lat: number }>(
      `UPDATE case_record c SET point = ST_SetSRID(ST_MakePoint(b.lng - 0.03, b.lat), 4326),
         step_warn_at = now() - interval '2 hours', step_deadline_at = now() - interval '1 hour'
       FROM case_record b WHERE b.id = $1 AND c.id = $2 RETURNING c.lng, c.lat`,
      [blockId, loneId],
    );
    await client.query('COMMIT');
    const [row] = moved.rows;
    if (!row) throw new Error('the lone case was not moved');
    return [row.lng, row.lat];
  } finally {
    await client.end();
  }
}

/** A colour spot once the map has stopped moving and the case points have been answered. */
async function settledSpot(page: Page, colour: [number, number, number]) {
  let previous: Awaited<ReturnType<typeof colourSpot>> = null;
  await expect
    .poll(
      async () => {
        const status = await page.getByTestId('case-map-status').getAttribute('data-status');
        const spot = await colourSpot(page, colour);
        const isSame = spot !== null && previous !== null && Math.hypot(spot.x - previous.x, spot.y - previous.y) < 1;
        previous = spot;
        return status === 'ready' && isSame;
      },
      { timeout: 15_000, interval: 500 },
    )
    .toBe(true);
  return previous as Awaited<ReturnType<typeof colourSpot>>;
}

/** The centre and width (CSS px, page coordinates) of the pixels of one colour on the case canvas. */
function colourSpot(page: Page, [r, g, b]: [number, number, number]) {
  return page.getByTestId('case-points-canvas').evaluate(
    (element, colour) => {
      const canvas = element as HTMLCanvasElement;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      if (!data || canvas.style.visibility === 'hidden') return null;
      let count = 0;
      let sumX = 0;
      let sumY = 0;
      let minX = Number.POSITIVE_INFINITY;
      let maxX = Number.NEGATIVE_INFINITY;
      for (let index = 0; index < data.length; index += 4) {
        const near = (offset: number, value: number) => Math.abs((data[index + offset] ?? 0) - value) < 10;
        if (!(near(0, colour[0]) && near(1, colour[1]) && near(2, colour[2]) && (data[index + 3] ?? 0) > 200)) continue;
        const x = (index / 4) % canvas.width;
        const y = Math.floor(index / 4 / canvas.width);
        count += 1;
        sumX += x;
        sumY += y;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
      }
      if (count === 0) return null;
      const rect = canvas.getBoundingClientRect();
      const scale = rect.width / canvas.width;
      return {
        x: rect.left + (sumX / count + 0.5) * scale,
        y: rect.top + (sumY / count + 0.5) * scale,
        width: (maxX - minX + 1) * scale,
      };
    },
    [r, g, b] as const,
  );
}

/**
 * Where on screen the base map draws a WGS84 point: the provider draws it at its own datum's
 * coordinates, so find the provider tile holding them and the pixel inside it. `ignoreShift` looks
 * up the point's WGS84 numbers in the provider's imagery instead (what an unshifted map would show).
 */
async function screenPositionOnBaseMap(
  page: Page,
  lngLat: LngLat,
  datum: 'WGS84' | 'GCJ02',
  { ignoreShift = false } = {},
): Promise<{ x: number; y: number } | null> {
  const images = await page.locator('.base-map-tile img').evaluateAll((elements) =>
    elements.map((element) => {
      const image = element as HTMLImageElement;
      const rect = image.getBoundingClientRect();
      const clip = (image.parentElement as HTMLElement).getBoundingClientRect();
      return {
        src: image.src,
        complete: image.complete && image.naturalWidth > 0,
        left: rect.left,
        top: rect.top,
        width: rect.width,
        clip: { left: clip.left, top: clip.top, right: clip.right, bottom: clip.bottom },
      };
    }),
  );
  const drawnAt = datum === 'GCJ02' ? wgs84ToGcj02(lngLat) : lngLat;
  for (const image of images) {
    const tile = tileOf(image.src);
    if (!tile || !image.complete) continue;
    const [gx, gy] = worldPixel(ignoreShift ? lngLat : drawnAt, tile.z);
    if (Math.floor(gx / 256) !== tile.x || Math.floor(gy / 256) !== tile.y) continue;
    const x = image.left + (gx / 256 - tile.x) * image.width;
    const y = image.top + (gy / 256 - tile.y) * image.width;
    const { clip } = image;
    if (x >= clip.left && x < clip.right && y >= clip.top && y < clip.bottom) return { x, y };
  }
  return null;
}

/** The tile address in an OpenStreetMap or AMap tile URL. */
function tileOf(url: string): { x: number; y: number; z: number } | null {
  const amap = /[?&]x=(\d+)&y=(\d+)&z=(\d+)/.exec(url);
  if (amap) return { x: Number(amap[1]), y: Number(amap[2]), z: Number(amap[3]) };
  const osm = /\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(url);
  return osm ? { z: Number(osm[1]), x: Number(osm[2]), y: Number(osm[3]) } : null;
}

function worldPixel([lng, lat]: LngLat, z: number): [number, number] {
  const size = 256 * 2 ** z;
  const radians = (lat * Math.PI) / 180;
  return [((lng + 180) / 360) * size, ((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * size];
}

/** A stand-in provider tile: a pale square with its address, so screenshots show where tiles lie. */
function tileSvg(url: string): string {
  const tile = tileOf(url);
  const label = tile ? `${tile.z}/${tile.x}/${tile.y}` : '';
  const fill = url.includes('autonavi') ? '#fdf3e1' : '#eef6ee';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="${fill}" stroke="#c9c9c9"/><text x="8" y="20" font-size="12" fill="#999">${label}</text></svg>`;
}

function fmt({ x, y }: { x: number; y: number }): string {
  return `(${x.toFixed(1)}, ${y.toFixed(1)})`;
}
