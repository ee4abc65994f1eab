import { localDateOf } from '@gridloop/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHuangpuApi } from '../src/fixtures/huangpu-api.js';
import { reportCaseAsDemoOfficer } from '../src/fixtures/officer-report.js';
import type { InProcessApi } from '../src/server/in-process-api.js';

let api: InProcessApi;

beforeAll(async () => {
  api = await startHuangpuApi();
});
afterAll(() => api.close());

describe('case codes', () => {
  it('number a district’s day past 99,999 with a sixth digit instead of repeating a code', async () => {
    const today = localDateOf(new Date(), 'Asia/Shanghai');
    // 黄浦区 has sent 99,998 reports today
    await api.prisma.$executeRaw`
      INSERT INTO case_code_counter (district_code, day, last) VALUES ('310101', ${today}::date, 99998)
      ON CONFLICT (district_code, day) DO UPDATE SET last = 99998`;
    const prefix = `310101${today.replaceAll('-', '')}`;
    const codes = [];
    for (const nth of [0, 1, 2]) codes.push((await reportCaseAsDemoOfficer(api.baseUrl, api.prisma, { nth })).code);
    expect(codes).toEqual([`${prefix}99999`, `${prefix}100000`, `${prefix}100001`]);
  });
});
