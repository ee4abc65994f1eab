import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseLoopApi, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';

// Every GeoReport v2 error path: the spec's error list in the format asked for, 403 for keys,
// 404 for what does not exist, 400 for the rest, 429 for a key over its rate limit.

const xml = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'error' });
let loop: CaseLoopApi;
let point: { lng: number; lat: number; gridCode: string };
let serviceCode: string;
let conditionCodes: string[];

async function createClient(name: string, areaCode: string, rate: number) {
  const created = await loop.ok<{ createOpen311Client: { apiKey: string; client: { id: number } } }>(
    'admin',
    'mutation($n: String!, $a: String!, $r: Int!) { createOpen311Client(name: $n, areaCode: $a, rateLimitPerMinute: $r) { apiKey client { id } } }',
    { n: name, a: areaCode, r: rate },
  );
  return { apiKey: created.createOpen311Client.apiKey, id: created.createOpen311Client.client.id };
}

/** The one error of a response, checked against the spec's shape in its format. */
async function errorOf(response: Response, format: 'json' | 'xml') {
  const text = await response.text();
  if (format === 'json') {
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const errors = JSON.parse(text) as { code: number; description: string }[];
    expect(errors).toHaveLength(1);
    expect(Object.keys(errors[0] ?? {})).toEqual(['code', 'description']);
    expect(errors[0]?.code).toBe(response.status);
    return { status: response.status, description: errors[0]?.description ?? '' };
  }
  expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
  expect(XMLValidator.validate(text)).toBe(true);
  const [error] = (xml.parse(text) as { errors: { error: { code: string; description: string }[] } }).errors.error;
  expect(error?.code).toBe(String(response.status));
  return { status: response.status, description: error?.description ?? '' };
}

function get(path: string, format: 'json' | 'xml' = 'json') {
  return fetch(`${loop.api.baseUrl}/open311/v2/${path.replace('{f}', format)}`).then((r) => errorOf(r, format));
}

async function post(
  form: Record<string, string>,
  format: 'json' | 'xml' = 'json',
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${loop.api.baseUrl}/open311/v2/requests.${format}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  if (response.status === 200) return { status: 200, description: await response.text(), retryAfter: null };
  return { ...(await errorOf(response, format)), retryAfter: response.headers.get('retry-after') };
}

let apiKey: string;
function form(extra: Record<string, string> = {}): Record<string, string> {
  return {
    api_key: apiKey,
    service_code: serviceCode,
    'attribute[filing_condition]': conditionCodes[0] as string,
    lat: String(point.lat),
    long: String(point.lng),
    description: '垃圾',
    ...extra,
  };
}

beforeAll(async () => {
  loop = await startCaseLoopApi();
  point = await loop.pointIn('310101002', 3);
  apiKey = (await createClient('street app', '310101002', 1000)).apiKey;
  const minor = await loop.api.prisma.category.findFirstOrThrow({
    where: { name: '暴露垃圾', level: 'MINOR' },
    include: { conditions: { where: { isActive: true }, orderBy: { code: 'asc' } } },
  });
  serviceCode = `E${minor.code}`;
  conditionCodes = minor.conditions.map((condition) => condition.code);
}, 120_000);
afterAll(() => loop?.close());

describe('POST requests: keys', () => {
  it('refuses a missing, invalid or revoked api_key with 403 in both formats', async () => {
    const { api_key: _key, ...withoutKey } = form();
    expect(await post(withoutKey)).toMatchObject({
      status: 403,
      description: expect.stringContaining('api_key is missing'),
    });
    expect(await post(form({ api_key: 'o311_not-a-key' }), 'xml')).toMatchObject({
      status: 403,
      description: expect.stringContaining('api_key is invalid'),
    });
    const revoked = await createClient('old app', '310101', 10);
    expect((await post(form({ api_key: revoked.apiKey }))).status).toBe(200);
    await loop.ok('admin', 'mutation($id: Int!) { revokeOpen311Client(id: $id, reason: "retired") { revokedAt } }', {
      id: revoked.id,
    });
    expect(await post(form({ api_key: revoked.apiKey }), 'xml')).toMatchObject({
      status: 403,
      description: expect.stringContaining('revoked'),
    });
    expect(await loop.api.prisma.auditEvent.count({ where: { action: 'REVOKE_OPEN311_CLIENT' } })).toBe(1);
  });

  it('limits each key per minute (429 with Retry-After), the window resetting the next minute', async () => {
    const limited = await createClient('small app', '310101', 2);
    const send = () => post(form({ api_key: limited.apiKey }));
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const refused = await send();
    expect(refused).toMatchObject({ status: 429, description: expect.stringContaining('Rate limit') });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    loop.clock.advance(60_000);
    expect((await send()).status).toBe(200);
  });
});

describe('POST requests: arguments', () => {
  it('answers 404 for an unknown service_code and 400 when it is missing', async () => {
    expect(await post(form({ service_code: 'E9999' }))).toMatchObject({
      status: 404,
      description: 'service_code E9999 was not found.',
    });
    expect((await post(form({ service_code: 'garbage' }), 'xml')).status).toBe(404);
    expect(await post(form({ service_code: '' }))).toMatchObject({
      status: 400,
      description: 'service_code was not provided.',
    });
  });

  it('checks attributes against the service definition', async () => {
    expect(await post(form({ 'attribute[color]': 'red' }))).toMatchObject({
      status: 400,
      description: expect.stringContaining('attribute[color]'),
    });
    const twoValues = new URLSearchParams(form());
    twoValues.delete('attribute[filing_condition]');
    twoValues.append('attribute[filing_condition][]', conditionCodes[0] as string);
    twoValues.append('attribute[filing_condition][]', conditionCodes[1] ?? (conditionCodes[0] as string));
    const multi = await fetch(`${loop.api.baseUrl}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: twoValues.toString(),
    });
    expect(await errorOf(multi, 'json')).toMatchObject({
      status: 400,
      description: expect.stringContaining('single-value list'),
    });
    expect(await post(form({ 'attribute[filing_condition]': '99' }))).toMatchObject({
      status: 400,
      description: expect.stringContaining('must be one of'),
    });
    if (conditionCodes.length > 1) {
      const { 'attribute[filing_condition]': _c, ...without } = form();
      expect(await post(without)).toMatchObject({ status: 400, description: expect.stringContaining('is required') });
    }
  });

  it('needs a usable location inside the client’s area', async () => {
    const { lat: _lat, long: _long, ...noPoint } = form();
    expect(await post({ ...noPoint, lat: String(point.lat) })).toMatchObject({
      status: 400,
      description: 'lat and long must be sent together.',
    });
    expect((await post(form({ lat: '91' }))).status).toBe(400);
    expect((await post(form({ long: 'east' }), 'xml')).status).toBe(400);
    expect(await post(noPoint)).toMatchObject({
      status: 400,
      description: expect.stringContaining('A location is required'),
    });
    expect(await post({ ...noPoint, address_string: '南京东路' })).toMatchObject({
      status: 400,
      description: expect.stringContaining('address_string alone'),
    });
    expect((await post({ ...noPoint, address_id: '12345' })).status).toBe(400);
    expect((await post({ ...noPoint, address_id: '310101999999999' })).status).toBe(400);
    expect(await post(form({ lat: '39.9', long: '116.4' }))).toMatchObject({
      status: 400,
      description: expect.stringContaining('No unit grid'),
    });
    const streets = await loop.api.prisma.$queryRaw<{ code: string }[]>`
      SELECT code FROM unit_grid WHERE code LIKE '310101%' AND code NOT LIKE '310101002%' AND retired_at IS NULL LIMIT 1`;
    const elsewhere = await loop.pointIn(streets[0]?.code as string);
    expect(await post(form({ lat: String(elsewhere.lat), long: String(elsewhere.lng) }))).toMatchObject({
      status: 400,
      description: expect.stringContaining('outside your area'),
    });
  });

  it('refuses another content type, a repeated argument, a bad media_url, Idempotency-Key or jurisdiction', async () => {
    const json = await fetch(`${loop.api.baseUrl}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(form()),
    });
    expect(await errorOf(json, 'json')).toMatchObject({
      status: 400,
      description: expect.stringContaining('x-www-form-urlencoded'),
    });
    const repeated = new URLSearchParams(form());
    repeated.append('description', 'again');
    const twice = await fetch(`${loop.api.baseUrl}/open311/v2/requests.xml`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: repeated.toString(),
    });
    expect(await errorOf(twice, 'xml')).toMatchObject({ status: 400, description: 'description may be given once.' });
    expect((await post(form({ media_url: 'javascript:alert(1)' }))).status).toBe(400);
    expect((await post(form(), 'json', { 'Idempotency-Key': 'has space' })).status).toBe(400);
    expect((await post(form({ jurisdiction_id: '999999' }))).status).toBe(404);
    expect((await post(form({ description: 'x'.repeat(4001) }))).status).toBe(400);
  });

  it('keeps XML well-formed whatever text a client sent', async () => {
    const created = await post(form({ description: 'bell \u0007 & <tag> "quoted" 🚮' }));
    expect(created.status).toBe(200);
    const id = (JSON.parse(created.description) as { service_request_id: string }[])[0]?.service_request_id;
    const text = await (await fetch(`${loop.api.baseUrl}/open311/v2/requests/${id}.xml`)).text();
    expect(XMLValidator.validate(text)).toBe(true);
    const parsed = new XMLParser({ parseTagValue: false }).parse(text) as {
      service_requests: { request: { description: string } };
    };
    expect(text).toContain('bell \uFFFD &amp; &lt;tag&gt; &quot;quoted&quot; 🚮');
    expect(parsed.service_requests.request.description).toBe('bell \uFFFD & <tag> "quoted" 🚮');
  });
});

describe('GET errors', () => {
  it('answers 404 for unknown services, requests, tokens, resources and jurisdictions', async () => {
    for (const format of ['json', 'xml'] as const) {
      expect((await get('services/E9999.{f}', format)).status).toBe(404);
      expect((await get('services/nonsense.{f}', format)).status).toBe(404);
      expect((await get('requests/0000000000000000000.{f}', format)).status).toBe(404);
      expect((await get('requests/abc.{f}', format)).status).toBe(404);
      expect((await get('tokens/never-issued.{f}', format)).status).toBe(404);
      expect((await get('widgets.{f}', format)).status).toBe(404);
      expect((await get('services.{f}?jurisdiction_id=999999', format)).status).toBe(404);
    }
    expect((await get('services', 'xml')).description).toContain('.xml or .json');
  });

  it('answers 400 for bad dates, spans over 90 days, statuses, ids, pages and flags', async () => {
    const bad = {
      'requests.{f}?start_date=2030-01-01T00:00:00Z&end_date=2030-04-05T00:00:00Z': 'more than 90 days',
      'requests.{f}?start_date=2030-01-01': 'W3C datetime',
      'requests.{f}?start_date=2030-03-02T00:00:00Z&end_date=2030-03-01T00:00:00Z': 'before start_date',
      'requests.{f}?status=pending': 'open or closed',
      'requests.{f}?service_request_id=12,abc': 'not a request id',
      'requests.{f}?service_code=garbage': 'not a service code',
      'requests.{f}?page_size=5000': 'page_size',
      'requests.{f}?page=0': 'page',
      'requests.{f}?extensions=maybe': 'extensions',
      'requests.{f}?status=open&jurisdiction_id=310101&jurisdiction_id=310104': 'once',
    };
    for (const [path, words] of Object.entries(bad)) {
      for (const format of ['json', 'xml'] as const) {
        const error = await get(path, format);
        expect(error.status, path).toBe(400);
        expect(error.description, path).toContain(words);
      }
    }
    const ninety = await fetch(
      `${loop.api.baseUrl}/open311/v2/requests.json?start_date=2030-01-01T00:00:00Z&end_date=2030-04-01T00:00:00Z`,
    );
    expect(ninety.status).toBe(200);
  });

  it('serves the public media route only for published photos', async () => {
    expect((await fetch(`${loop.api.baseUrl}/media/${'a'.repeat(64)}.jpg`)).status).toBe(404);
    expect((await fetch(`${loop.api.baseUrl}/media/not-a-hash.jpg`)).status).toBe(404);
  });
});
