import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemo } from '@gridloop/api';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../src/browser.js';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { graphqlAs } from '../src/fixtures/auth-test-api.js';
import { reportCaseAsDemoOfficer } from '../src/fixtures/officer-report.js';
import { artifactsDir } from '../src/repo-paths.js';
import { type ApiProcess, startApiProcess } from '../src/server/api-process.js';

type DemoRole = 'officer' | 'operator' | 'shiftlead' | 'dispatcher' | 'handler' | 'leader';
type Step = [role: DemoRole, action: string, extra?: Record<string, unknown>];

const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { status version } }`;

/** The loop up to the department's desk, and from there to 结案 (as in acceptance/case-loop). */
const UP_TO_DISPATCH: Step[] = [
  ['operator', 'ACCEPT'],
  ['shiftlead', 'FILE'],
  ['dispatcher', 'DISPATCH'],
];
const DISPATCH_TO_CLOSE: Step[] = [
  ['handler', 'HANDLE', { note: '已劝导停工' }],
  ['officer', 'CHECK_PASS'],
  ['shiftlead', 'CLOSE'],
];

/** A failed request, with why and which operation (the app's requests are all POST /graphql). */
function describeFailure(request: Request): string {
  return `${request.url()} ${request.failure()?.errorText ?? ''} ${request.postData()?.slice(0, 60) ?? ''}`;
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(`${username}-demo`);
  await page.locator('form button[type="submit"]').click();
}

/** The number a KPI card shows for a metric, as its data-value (the raw number). */
function kpiValue(page: Page, metric: string): Promise<string | null> {
  return page.locator(`[data-testid="kpi-card"][data-metric="${metric}"]`).getAttribute('data-value');
}

/**
 * The app scrolls inside its main element (the header stays), so a full-page screenshot would stop
 * at the viewport: the viewport grows to the content first.
 */
async function screenshotWholePage(page: Page, fileName: string): Promise<void> {
  const height = await page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('.app__main');
    window.scrollTo(0, 0);
    main?.scrollTo(0, 0);
    return (main?.offsetTop ?? 0) + (main?.scrollHeight ?? 0);
  });
  const width = page.viewportSize()?.width ?? 1280;
  await page.setViewportSize({ width, height: Math.ceil(height) });
  await page.waitForTimeout(500); // the chart and the map follow their boxes' resize
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, fileName) });
}

/**
 * The leader's dashboard over the real API process (with its job worker refreshing the metric
 * rollups) and the built app, on a database of its own with the demo 黄浦区: cases are driven
 * through the loop over GraphQL as the demo roles, and the leader sees the numbers move.
 */
describe('the leader dashboard: cards, map, trend and rankings that follow the case loop', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let api: ApiProcess;
  let desk: Browser;
  let phone: Browser;
  const tokens = new Map<DemoRole, string>();

  /** Walks one case through some steps as the demo roles; returns its version after the last. */
  async function walk(caseId: string, version: number, steps: readonly Step[]): Promise<number> {
    let current = version;
    for (const [role, action, extra = {}] of steps) {
      const response = await graphqlAs<{ actOnCase: { status: string; version: number } }>(
        api.baseUrl,
        act,
        { input: { caseId, version: current, action, ...extra } },
        { bearer: await tokenOf(role) },
      );
      const result = response.body.data?.actOnCase;
      if (!result) throw new Error(`${role} ${action}: ${JSON.stringify(response.body.errors)}`);
      current = result.version;
    }
    return current;
  }

  async function tokenOf(role: DemoRole): Promise<string> {
    const known = tokens.get(role);
    if (known) return known;
    const response = await graphqlAs<{ signIn: { token: string } }>(
      api.baseUrl,
      'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
      { u: role, p: `${role}-demo` },
    );
    const token = response.body.data?.signIn.token;
    if (!token) throw new Error(`${role} could not sign in: ${JSON.stringify(response.body)}`);
    tokens.set(role, token);
    return token;
  }

  /** 结案数 of the leader's area this month, as the API reports it. */
  async function closedFromApi(from: string, to: string): Promise<number | undefined> {
    const response = await graphqlAs<{ metrics: { values: { closed: number } } }>(
      api.baseUrl,
      'query($p: MetricPeriodInput!) { metrics(period: $p) { values { closed } } }',
      { p: { from, to } },
      { bearer: await tokenOf('leader') },
    );
    return response.body.data?.metrics.values.closed;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient({ databaseUrl: database.url });
    await seedDemo(prisma, { districts: ['310101'] });
    api = await startApiProcess({ DATABASE_URL: database.url, EVENT_CONSUMER_INTERVAL_SECONDS: '2' });
    // Twelve hours behind UTC, so its date is not the city's (Asia/Shanghai) for 20 hours of every day:
    // the dashboard must still count by the city's dates, as the metrics do.
    desk = await launchBrowser({ width: 1366, height: 900 }, { timezoneId: 'Etc/GMT+12' });
    phone = await launchBrowser({ width: 360, height: 740 }, { isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  }, 120_000);
  afterAll(async () => {
    await desk?.close();
    await phone?.close();
    expect(await api?.stop()).toBe(0);
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('shows the area’s numbers, and 结案数 rises after a case is closed', async () => {
    const department = await prisma.department.findUniqueOrThrow({ where: { code: 'HP-HWZX' } });
    const toHandler: Step[] = UP_TO_DISPATCH.map(([role, action, extra]) =>
      action === 'DISPATCH'
        ? [role, action, { departmentId: department.id, note: '夜间施工由街道联合作业组处置' }]
        : [role, action, extra],
    );
    // one case closed and one waiting at the department before the leader looks
    const first = await reportCaseAsDemoOfficer(api.baseUrl, prisma, { nth: 0 });
    await walk(first.id, await walk(first.id, 1, toHandler), DISPATCH_TO_CLOSE);
    const second = await reportCaseAsDemoOfficer(api.baseUrl, prisma, { nth: 1, description: '工地夜间浇筑' });
    const secondVersion = await walk(second.id, 1, toHandler);

    const page = await desk.context.newPage();
    const failedRequests: string[] = [];
    // a refresh cancels the answers still on their way (ERR_ABORTED): those are not failures
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') failedRequests.push(describeFailure(request));
    });
    page.on('pageerror', (error) => failedRequests.push(`page error: ${error.message}`));
    await page.goto(`${api.baseUrl}/#/dashboard`);
    await signIn(page, 'leader');
    await page.getByTestId('dashboard').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('link', { name: '驾驶舱' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('area-current').getAttribute('data-code')).toBe('310101');

    // the job worker folds both cases into the rollups within seconds; the cards follow. Wait for both
    // figures: under load a refresh can land between the first case's close and the second's filing
    await expect
      .poll(
        async () => {
          await page.getByTestId('dashboard-refresh').click();
          return `${await kpiValue(page, 'closed')} closed, ${await kpiValue(page, 'filed')} filed`;
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe('1 closed, 2 filed');
    expect(await page.getByTestId('kpi-card').count()).toBeGreaterThanOrEqual(12);
    const closeRateCard = page.locator('[data-testid="kpi-card"][data-metric="closeRate"]');
    expect(await closeRateCard.locator('.kpi-card__value').textContent()).toBe('50%');
    expect(await closeRateCard.textContent()).toContain('环比');
    expect(await closeRateCard.textContent()).toContain('同比');

    // the trend is drawn on a canvas; the rankings grade the streets and departments
    const trend = page.getByTestId('trend-chart');
    await trend.locator('canvas').waitFor({ timeout: 30_000 });
    expect(Number(await trend.getAttribute('data-points'))).toBeGreaterThan(0);
    const streets = page.getByTestId('ranking-areas');
    expect(await streets.locator('h2').textContent()).toBe('街道排名');
    await streets.locator('[data-testid="ranking-row"][data-key="310101002"]').waitFor();
    expect(
      await streets.locator('[data-testid="ranking-row"][data-key="310101002"]').getAttribute('data-grade'),
    ).toMatch(/^[A-E]$/);
    await streets.getByTestId('grade-badge').first().waitFor();
    const departments = page.getByTestId('ranking-departments');
    await departments.locator('[data-testid="ranking-row"]').first().waitFor();
    expect(await departments.textContent()).toContain(department.name);

    // sorting by a column says so to assistive technology
    await streets.getByRole('button', { name: '名称' }).click();
    expect(await streets.locator('th[aria-sort]').textContent()).toContain('名称');

    // exports: the metrics route with the table's grouping, period, area and language
    const csv = await streets.getByRole('link', { name: '导出 CSV' }).getAttribute('href');
    expect(csv).toMatch(
      /^\/export\/metrics\.csv\?groupBy=STREET&from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}&areaCode=310101&lang=zh-CN$/,
    );
    const csvFile = await page.evaluate(async (href) => {
      const response = await fetch(href ?? '');
      return { status: response.status, text: await response.text() };
    }, csv);
    expect(csvFile.status).toBe(200);
    expect(csvFile.text).toContain('南京东路街道');
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      departments.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);

    // the choropleth colours the streets and the heat map has the cases' bins, with a legend
    const map = page.getByTestId('dashboard-map');
    await expect.poll(() => map.getAttribute('data-choropleth-features'), { timeout: 30_000 }).not.toBe('0');
    await expect.poll(() => map.getAttribute('data-heat-bins'), { timeout: 30_000 }).not.toBe('0');
    expect(Number(await map.getAttribute('data-choropleth-values'))).toBeGreaterThan(0);
    expect(await page.getByTestId('map-legend').textContent()).toContain('结案率');
    expect(await page.getByTestId('overdue-list').textContent()).toContain('超期未办');

    // every control has a label
    const unlabelled = await page
      .getByTestId('dashboard')
      .locator('select, input, button')
      .evaluateAll((controls) =>
        controls
          .filter((control) => {
            const labelled = (control as HTMLInputElement).labels?.length ?? 0;
            return labelled === 0 && !control.getAttribute('aria-label') && !control.textContent?.trim();
          })
          .map((control) => control.outerHTML.slice(0, 80)),
      );
    expect(unlabelled).toEqual([]);

    // the department handles the second case, the officer checks it, the shift leader closes it
    await walk(second.id, secondVersion, DISPATCH_TO_CLOSE);
    const { from, to } = await page.evaluate(() => {
      const href = document.querySelector('[data-testid="ranking-areas"] a[download]')?.getAttribute('href') ?? '';
      const params = new URL(href, window.location.href).searchParams;
      return { from: params.get('from') ?? '', to: params.get('to') ?? '' };
    });
    const started = Date.now();
    await expect
      .poll(
        async () => {
          await page.getByTestId('dashboard-refresh').click();
          return kpiValue(page, 'closed');
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe('2');
    console.info(`结案数 moved on the dashboard ${Math.round((Date.now() - started) / 1000)} s after the close`);
    expect(await closedFromApi(from, to)).toBe(2);
    expect(await closeRateCard.locator('.kpi-card__value').textContent()).toBe('100%');

    // drilling down to the street: its communities are ranked, and the breadcrumb climbs back
    await page.getByTestId('area-drill').selectOption('310101002');
    await expect.poll(() => page.getByTestId('area-current').getAttribute('data-code')).toBe('310101002');
    await expect.poll(() => streets.locator('h2').textContent(), { timeout: 15_000 }).toBe('社区排名');
    await expect.poll(() => kpiValue(page, 'closed'), { timeout: 15_000 }).toBe('2');
    await page.getByRole('button', { name: '黄浦区' }).click();
    await expect.poll(() => page.getByTestId('area-current').getAttribute('data-code')).toBe('310101');
    await expect.poll(() => streets.locator('h2').textContent(), { timeout: 15_000 }).toBe('街道排名');

    expect(failedRequests).toEqual([]);
    await screenshotWholePage(page, 'leader-dashboard.png');
  }, 240_000);

  it('fits a 360 px phone: no sideways scrolling, the cards two by two', async () => {
    const page = await phone.context.newPage();
    await page.goto(`${api.baseUrl}/#/dashboard`);
    await signIn(page, 'leader');
    await page.locator('[data-testid="kpi-card"][data-metric="closed"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('trend-chart').locator('canvas').waitFor({ timeout: 30_000 });
    const map = page.getByTestId('dashboard-map');
    await expect.poll(() => map.getAttribute('data-choropleth-features'), { timeout: 30_000 }).not.toBe('0');
    // the map is fitted to 黄浦区 (a few km across), not left on the whole city
    const scale = map.locator('.leaflet-control-scale-line');
    await expect.poll(() => scale.textContent(), { timeout: 10_000 }).toMatch(/^(\d+ m|[1-3] km)$/);
    await page.waitForTimeout(1_000);
    expect(await scale.textContent()).toMatch(/^(\d+ m|[1-3] km)$/);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      main: document.querySelector('.app__main')?.scrollWidth ?? 0,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.main).toBeLessThanOrEqual(widths.viewport);
    const [a, b] = await page
      .getByTestId('kpi-card')
      .evaluateAll((cards) => cards.slice(0, 2).map((card) => card.getBoundingClientRect().top));
    expect(a).toBe(b);
    mkdirSync(artifactsDir, { recursive: true });
    // a phone-sized view of each part (growing a phone's viewport to the whole page moves the map)
    await page.screenshot({ path: join(artifactsDir, 'leader-dashboard-360.png') });
    await page.locator('.map-panel').screenshot({ path: join(artifactsDir, 'leader-dashboard-360-map.png') });
    await page
      .getByTestId('ranking-areas')
      .screenshot({ path: join(artifactsDir, 'leader-dashboard-360-ranking.png') });
  }, 120_000);
  it('shows an administrator the whole city, ranked by district', async () => {
    const admin = await launchBrowser();
    try {
      const page = await admin.context.newPage();
      await page.goto(`${api.baseUrl}/#/dashboard`);
      await signIn(page, 'admin');
      await page.getByTestId('dashboard').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('area-current').getAttribute('data-code')).toBe('310100');
      const districts = page.getByTestId('ranking-areas');
      await expect.poll(() => districts.locator('h2').textContent(), { timeout: 15_000 }).toBe('各区排名');
      const huangpu = districts.locator('[data-testid="ranking-row"][data-key="310101"]');
      await huangpu.waitFor({ timeout: 15_000 });
      expect(await huangpu.getAttribute('data-grade')).toMatch(/^[A-E]$/);
      await expect.poll(() => kpiValue(page, 'closed'), { timeout: 15_000 }).toBe('2');

      // in English, the headers the API defines follow the language too
      await page.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Leader dashboard');
      const closed = page.locator('[data-testid="kpi-card"][data-metric="closed"] h3');
      expect(await closed.textContent()).toBe('Closed');
      expect(await districts.locator('h2').textContent()).toBe('Districts');
    } finally {
      await admin.close();
    }
  }, 120_000);
});
