import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemo } from '@gridloop/api';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../src/browser.js';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { artifactsDir } from '../src/repo-paths.js';
import { type ApiProcess, startApiProcess } from '../src/server/api-process.js';

const REASON = '按区城管委 2026 年大件垃圾清运要求新增';

/** A failed request, with why and which operation (the app's requests are all POST /graphql). */
function describeFailure(request: Request): string {
  return `${request.url()} ${request.failure()?.errorText ?? ''} ${request.postData()?.slice(0, 60) ?? ''}`;
}

/** What the API itself answers for a deadline preview, asked from the page with the admin's session. */
async function deadlineFromApi(page: Page, variables: { from: string; amount: number; unit: string }) {
  return page.evaluate(async (input) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'query($from: String!, $amount: Float!, $unit: TimeLimitUnit!) { deadline(from: $from, amount: $amount, unit: $unit) { deadlineAt workMinutes } }',
        variables: input,
      }),
    });
    const body = (await response.json()) as { data: { deadline: { deadlineAt: string; workMinutes: number } } };
    return body.data.deadline;
  }, variables);
}

/** Fills the preview form and runs it; resolves with the deadline the page shows (ISO, UTC). */
async function runPreview(page: Page, from: string, amount: string, unit: string): Promise<string | null> {
  const preview = page.getByTestId('deadline-preview');
  await preview.locator('input[name="from"]').fill(from);
  await preview.locator('input[name="amount"]').fill(amount);
  await preview.locator('select[name="unit"]').selectOption(unit);
  await page.getByTestId('preview-run').click();
  const result = page.getByTestId('deadline-result');
  await result.waitFor();
  return result.getAttribute('data-deadline-at');
}

/**
 * The admin's console over the real API process and the built app, on a database of its own with the
 * demo 黄浦区 and the seeded 2025/2026 holiday notices: a filing condition is added (a refused value
 * is shown beside its field first), the calendar is checked over the Spring Festival, and the change
 * shows in the audit log with its reason.
 */
describe('the admin console: categories, the calendar preview and the audit log', () => {
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

  it('adds a filing condition with a reason, previews a deadline, and finds the change audited', async () => {
    const page = await desk.context.newPage();
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(describeFailure(request)));
    await page.goto(`${api.baseUrl}/#/admin/categories`);
    await page.locator('input[name="username"]').fill('admin');
    await page.locator('input[name="password"]').fill('admin-demo');
    await page.locator('form button[type="submit"]').click();

    // 类别与立案条件: 暴露垃圾 and its seeded conditions
    await page.locator('[data-testid="category-minor"][data-name="暴露垃圾"]').click({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('minor-heading').textContent()).toContain('暴露垃圾');
    const rows = page.getByTestId('condition-row');
    await rows.first().waitFor();
    const seededCount = await rows.count();
    expect(await rows.first().getByTestId('condition-limit').textContent()).toMatch(/工作时|工作日|自然小时|自然日/);

    await page.getByTestId('add-condition').click();
    const editor = page.getByTestId('condition-editor');
    const code = await editor.locator('input[name="code"]').inputValue();
    await editor.locator('textarea[name="description"]').fill('沿街堆放大件垃圾（家具、床垫等）');
    await editor.locator('input[name="timeLimitAmount"]').fill('1');
    await editor.locator('select[name="timeLimitUnit"]').selectOption('WORK_DAYS');
    await editor.locator('textarea[name="closingCondition"]').fill('大件垃圾清运完毕，现场无残留');
    await editor.locator('select[name="departmentType"]').selectOption('GREENING_SANITATION');
    await editor.locator('input[name="duplicateRadiusM"]').fill('99999');

    // no reason: nothing is sent; a radius the API refuses: the message sits beside that field
    await editor.getByTestId('admin-save').click();
    await editor.locator('[role="alert"]').first().waitFor();
    expect(await rows.count()).toBe(seededCount);
    await editor.locator('textarea[name="reason"]').fill(REASON);
    await editor.getByTestId('admin-save').click();
    const radiusError = editor.getByTestId('field-error-duplicateRadiusM');
    await radiusError.waitFor();
    expect(await radiusError.getAttribute('data-code')).toBe('BAD_REQUEST');

    await editor.locator('input[name="duplicateRadiusM"]').fill('30');
    await editor.getByTestId('admin-save').click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => rows.count()).toBe(seededCount + 1);
    const created = page.locator(`[data-testid="condition-row"][data-code="${code}"]`);
    expect(await created.textContent()).toContain('沿街堆放大件垃圾');
    expect(await created.getByTestId('condition-limit').textContent()).toBe('1 工作日');

    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'admin-console-categories.png') });

    // 工作日历: the preview matches the API's own deadline, before and across the Spring Festival
    await page.getByTestId('admin-nav-calendar').click();
    await page.locator('[data-testid="calendar-year"] tr[data-kind="MAKE_UP_WORKDAY"]').first().waitFor();
    const from = '2026-02-13T08:00:00+08:00';
    const twoDays = await runPreview(page, '2026-02-13T08:00', '2', 'WORK_DAYS');
    const expectedTwoDays = await deadlineFromApi(page, { from, amount: 2, unit: 'WORK_DAYS' });
    expect(twoDays).toBe(expectedTwoDays.deadlineAt);
    expect(await page.getByTestId('deadline-work-minutes').getAttribute('data-minutes')).toBe('960');
    // 2/14 is a make-up working day; one more work day has to wait for the festival (2/15–2/23) to end
    const threeDays = await runPreview(page, '2026-02-13T08:00', '3', 'WORK_DAYS');
    const expectedThreeDays = await deadlineFromApi(page, { from, amount: 3, unit: 'WORK_DAYS' });
    expect(threeDays).toBe(expectedThreeDays.deadlineAt);
    expect(Date.parse(threeDays ?? '')).toBeGreaterThan(Date.parse('2026-02-23T16:00:00Z')); // after 2/23 24:00 Shanghai
    expect(await page.getByTestId('deadline-result').textContent()).toContain('春节');

    await page.screenshot({ path: join(artifactsDir, 'admin-console-calendar.png') });

    // 审计日志: the new condition, by admin, with the reason given
    await page.getByTestId('admin-nav-audit').click();
    const audited = page.locator('[data-testid="audit-row"][data-action="CREATE_FILING_CONDITION"]').first();
    await audited.waitFor();
    expect(await audited.getByTestId('audit-reason').textContent()).toBe(REASON);
    expect(await audited.textContent()).toContain('admin');

    expect(failedRequests).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'admin-console-audit.png') });
  });
});
