import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseLoopApi, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';
import { jpegWithLocation } from '../src/fixtures/sample-photos.js';
import { graphqlMultipart } from '../src/graphql-multipart.js';

// GeoReport v2 at /open311/v2, every resource in both formats, and a request's full round trip:
// POSTed by a client, moved round the case loop by the demo staff, read back closed with its notes.

/** The spec's response fields, in its order (http://wiki.open311.org/GeoReport_v2). */
const fields = {
  service: ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'],
  definition: ['service_code', 'attributes'],
  attribute: ['variable', 'code', 'datatype', 'required', 'datatype_description', 'order', 'description', 'values'],
  created: ['service_request_id', 'service_notice', 'account_id'],
  token: ['service_request_id', 'token'],
  request: [
    'service_request_id',
    'status',
    'status_notes',
    'service_name',
    'service_code',
    'description',
    'agency_responsible',
    'service_notice',
    'requested_datetime',
    'updated_datetime',
    'expected_datetime',
    'address',
    'address_id',
    'zipcode',
    'lat',
    'long',
    'media_url',
  ],
  discovery: ['changeset', 'contact', 'key_service', 'endpoints'],
  endpoint: ['specification', 'url', 'changeset', 'type', 'formats'],
};
const w3 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const repeated = new Set(['service', 'request', 'error', 'attribute', 'value', 'endpoint', 'format', 'note']);
const xml = new XMLParser({ parseTagValue: false, isArray: (name) => repeated.has(name) });

type Json = Record<string, unknown>;
let loop: CaseLoopApi;
let apiKey: string;
let clientId: number;
let point: { lng: number; lat: number; gridCode: string };
let garbage: { serviceCode: string; conditionCode: string; conditionCount: number };

async function get(path: string) {
  const response = await fetch(`${loop.api.baseUrl}/open311/v2/${path}`);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** A JSON resource, checked for its Content-Type. */
async function getJson<T = Json[]>(path: string): Promise<{ status: number; body: T }> {
  const response = await get(path);
  expect(response.type).toBe('application/json; charset=utf-8');
  return { status: response.status, body: JSON.parse(response.text) as T };
}

/** An XML resource: well-formed by a real parser, UTF-8 declared, parsed. */
async function getXml(path: string): Promise<{ status: number; doc: Record<string, Json> }> {
  const response = await get(path);
  expect(response.type).toBe('text/xml; charset=utf-8');
  expect(response.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  expect(XMLValidator.validate(response.text)).toBe(true);
  return { status: response.status, doc: xml.parse(response.text) as Record<string, Json> };
}

async function post(format: 'json' | 'xml', form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${loop.api.baseUrl}/open311/v2/requests.${format}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, text: await response.text() };
}

function garbageForm(extra: Record<string, string> = {}): Record<string, string> {
  return {
    api_key: apiKey,
    service_code: garbage.serviceCode,
    'attribute[filing_condition]': garbage.conditionCode,
    lat: String(point.lat),
    long: String(point.lng),
    address_string: '南京东路 100 号 <门口>',
    description: '路边成堆垃圾 & 杂物',
    first_name: '三',
    last_name: '张',
    phone: '13800000000',
    account_id: 'acct-42',
    ...extra,
  };
}

beforeAll(async () => {
  loop = await startCaseLoopApi();
  point = await loop.pointIn('310101002', 3);
  const created = await loop.ok<{ createOpen311Client: { apiKey: string; client: { id: number } } }>(
    'admin',
    `mutation { createOpen311Client(name: "随手拍 app", areaCode: "310101", rateLimitPerMinute: 100, reason: "pilot") {
      apiKey client { id } } }`,
  );
  apiKey = created.createOpen311Client.apiKey;
  clientId = created.createOpen311Client.client.id;
  const minor = await loop.api.prisma.category.findFirstOrThrow({
    where: { name: '暴露垃圾', level: 'MINOR' },
    include: { conditions: { where: { isActive: true }, orderBy: { code: 'asc' } } },
  });
  garbage = {
    serviceCode: `E${minor.code}`,
    conditionCode: minor.conditions[0]?.code as string,
    conditionCount: minor.conditions.length,
  };
}, 120_000);
afterAll(() => loop?.close());

describe('Open311 clients (admin)', () => {
  it('issues a key once, keeps only its hash, audits, lists and revokes', async () => {
    expect(apiKey).toMatch(/^o311_[A-Za-z0-9_-]{43}$/);
    const row = await loop.api.prisma.open311Client.findUniqueOrThrow({ where: { id: clientId } });
    expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(apiKey);
    const audit = await loop.api.prisma.auditEvent.findFirstOrThrow({ where: { action: 'CREATE_OPEN311_CLIENT' } });
    expect(audit).toMatchObject({ entityId: String(clientId), reason: 'pilot' });
    expect(JSON.stringify(audit.details)).not.toContain(apiKey);
    const listed = await loop.ok<{
      open311Clients: { id: number; area: { code: string }; revokedAt: string | null }[];
    }>('admin', '{ open311Clients { id area { code } revokedAt } }');
    expect(listed.open311Clients).toContainEqual({ id: clientId, area: { code: '310101' }, revokedAt: null });
    expect((await loop.as('operator', '{ open311Clients { id } }')).code).toBe('FORBIDDEN');
  });
});

describe('discovery and services', () => {
  it('serves discovery in both formats', async () => {
    const json = await getJson<Json>('discovery.json');
    expect(Object.keys(json.body)).toEqual(fields.discovery);
    const [endpoint] = json.body.endpoints as Json[];
    expect(Object.keys(endpoint as Json)).toEqual(fields.endpoint);
    expect(endpoint).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: `${loop.api.baseUrl}/open311/v2`,
      type: 'production',
      formats: ['text/xml', 'application/json'],
    });
    const { doc } = await getXml('discovery.xml');
    expect(doc.discovery?.endpoints).toEqual({
      endpoint: [{ ...(endpoint as Json), formats: { format: ['text/xml', 'application/json'] } }],
    });
    expect(doc.discovery?.changeset).toBe(json.body.changeset);
  });

  it('lists minor classes as services, grouped by major class, in both formats', async () => {
    const json = await getJson('services.json');
    const xmlServices = (await getXml('services.xml')).doc.services?.service as Json[];
    expect(json.body.length).toBeGreaterThan(80);
    expect(xmlServices).toHaveLength(json.body.length);
    for (const service of json.body) expect(Object.keys(service)).toEqual(fields.service);
    const listed = json.body.find((service) => service.service_code === garbage.serviceCode);
    expect(listed).toMatchObject({ service_name: '暴露垃圾', group: '市容环境', type: 'realtime' });
    expect(listed?.metadata).toBe(garbage.conditionCount > 1);
    expect(json.body.find((service) => service.service_code === 'C0101')).toMatchObject({
      metadata: true,
      service_name: '上水井盖',
    });
    const inXml = xmlServices.find((service) => service.service_code === garbage.serviceCode);
    expect(inXml).toEqual({ ...listed, metadata: String(listed?.metadata) });
  });

  it('defines each service’s filing conditions and, for components, the component code', async () => {
    const json = await getJson<Json>('services/C0101.json');
    expect(Object.keys(json.body)).toEqual(fields.definition);
    const attributes = json.body.attributes as Json[];
    for (const attribute of attributes) expect(Object.keys(attribute)).toEqual(fields.attribute);
    expect(attributes.map((a) => [a.code, a.datatype, a.order])).toEqual([
      ['filing_condition', 'singlevaluelist', 1],
      ['component_code', 'string', 2],
    ]);
    const conditions = await loop.api.prisma.filingCondition.findMany({
      where: { category: { kind: 'COMPONENT', code: '0101' }, isActive: true },
      orderBy: { code: 'asc' },
    });
    expect(((attributes[0] as Json).values as Json[]).map((value) => value.key)).toEqual(conditions.map((c) => c.code));
    expect(attributes[0]?.required).toBe(conditions.length > 1);
    const { doc } = await getXml('services/C0101.xml');
    const inXml = doc.service_definition?.attributes as { attribute: Json[] };
    expect(inXml.attribute.map((a) => a.code)).toEqual(['filing_condition', 'component_code']);
    expect(((inXml.attribute[0] as Json).values as { value: Json[] }).value).toHaveLength(conditions.length);
  });
});

describe('a request’s round trip', () => {
  let requestId: string;

  it('takes a POST as a case PENDING_VERIFY with source OPEN311 and no human actor', async () => {
    const response = await post('json', garbageForm(), { 'Idempotency-Key': 'app-report-1' });
    expect(response.status, response.text).toBe(200);
    const [created] = JSON.parse(response.text) as Json[];
    expect(Object.keys(created as Json)).toEqual(fields.created);
    expect(created).toMatchObject({ account_id: 'acct-42' });
    expect(String(created?.service_notice)).toContain('处置时限');
    requestId = created?.service_request_id as string;
    expect(requestId).toMatch(/^31010120300304\d{5}$/);
    const row = await loop.api.prisma.case.findUniqueOrThrow({ where: { code: requestId }, include: { events: true } });
    expect(row).toMatchObject({
      source: 'OPEN311',
      status: 'PENDING_VERIFY',
      reporterId: null,
      reporterName: '张三',
      reporterContact: '13800000000',
      idempotencyKey: `${clientId}:app-report-1`,
      address: '南京东路 100 号 <门口>',
      gridCode: point.gridCode,
      step: 'VERIFY',
    });
    expect(row.events).toMatchObject([
      { action: 'RECEIVE', toStatus: 'PENDING_VERIFY', actorId: null, actorRole: null },
    ]);
  });

  it('answers a retry with the same key with the same request, and resolves the key as a token', async () => {
    const again = await post('xml', garbageForm(), { 'Idempotency-Key': 'app-report-1' });
    expect(again.status).toBe(200);
    expect(XMLValidator.validate(again.text)).toBe(true);
    const [created] = (xml.parse(again.text) as { service_requests: { request: Json[] } }).service_requests.request;
    expect(Object.keys(created as Json)).toEqual(fields.created);
    expect(created?.service_request_id).toBe(requestId);
    expect(
      await loop.api.prisma.case.count({ where: { source: 'OPEN311', idempotencyKey: `${clientId}:app-report-1` } }),
    ).toBe(1);
    const token = await getJson('tokens/app-report-1.json');
    expect(token.body).toEqual([{ service_request_id: requestId, token: 'app-report-1' }]);
    const tokenXml = await getXml('tokens/app-report-1.xml');
    expect(tokenXml.doc.service_requests?.request).toEqual([{ service_request_id: requestId, token: 'app-report-1' }]);
  });

  it('goes round the loop and comes back closed, with status notes, media and its history', async () => {
    const caseId = String((await loop.api.prisma.case.findUniqueOrThrow({ where: { code: requestId } })).id);
    const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { version status } }`;
    const verified = await graphqlMultipart<{ actOnCase: { version: number; status: string } }>(
      loop.api.baseUrl,
      act,
      { input: { caseId, version: 1, action: 'VERIFY', note: '现场属实', photos: [null] } },
      { 'variables.input.photos.0': await jpegWithLocation() },
      loop.tokens.officer,
    );
    expect(verified.body.data?.actOnCase.status, JSON.stringify(verified.body.errors)).toBe('REPORTED');
    let version = verified.body.data?.actOnCase.version as number;
    const step = async (role: Parameters<CaseLoopApi['ok']>[0], action: string, note?: string) => {
      loop.clock.advance(10 * 60_000);
      const result = await loop.ok<{ actOnCase: { version: number } }>(role, act, {
        input: { caseId, version, action, note },
      });
      version = result.actOnCase.version;
    };
    await step('operator', 'ACCEPT');
    await step('shiftlead', 'FILE');
    await step('dispatcher', 'DISPATCH');

    const dispatched = (await getJson(`requests/${requestId}.json`)).body[0] as Json;
    const row = await loop.api.prisma.case.findUniqueOrThrow({
      where: { code: requestId },
      include: { department: true },
    });
    expect(dispatched).toMatchObject({
      status: 'open',
      agency_responsible: row.department?.name,
      expected_datetime: row.stepDeadlineAt?.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
    expect(String(dispatched.status_notes)).toContain('已派遣');

    await step('handler', 'HANDLE', '已清理干净');
    await step('officer', 'CHECK_PASS');
    await step('shiftlead', 'CLOSE');

    const closed = (await getJson(`requests/${requestId}.json`)).body[0] as Json;
    expect(Object.keys(closed)).toEqual(fields.request);
    expect(closed).toMatchObject({
      service_request_id: requestId,
      status: 'closed',
      service_name: '暴露垃圾',
      service_code: garbage.serviceCode,
      description: '路边成堆垃圾 & 杂物',
      address: '南京东路 100 号 <门口>',
      address_id: point.gridCode,
      expected_datetime: null,
      zipcode: null,
      lat: point.lat,
      long: point.lng,
    });
    expect(closed.status_notes).toBe('已结案 closed：已清理干净');
    expect(closed.requested_datetime).toMatch(w3);
    expect(closed.updated_datetime).toBe(new Date(loop.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'));

    const inXml = (await getXml(`requests/${requestId}.xml`)).doc.service_requests?.request as Json[];
    expect(Object.keys(inXml[0] as Json)).toEqual(fields.request);
    expect(inXml[0]).toMatchObject({
      status: 'closed',
      address: '南京东路 100 号 <门口>',
      zipcode: '',
      lat: String(point.lat),
    });

    const media = await fetch(String(closed.media_url));
    expect(media.status).toBe(200);
    expect(media.headers.get('content-type')).toBe('image/jpeg');
    expect((await sharp(Buffer.from(await media.arrayBuffer())).metadata()).exif).toBeUndefined();

    const withNotes = (await getJson(`requests/${requestId}.json?extensions=true`)).body[0] as Json;
    const notes = withNotes.notes as Json[];
    expect(notes.map((note) => note.type)).toEqual([
      'receive',
      'verify',
      'accept',
      'file',
      'dispatch',
      'handle',
      'check_pass',
      'close',
    ]);
    expect(notes[5]?.description).toBe('处置反馈 handled：已清理干净');
    for (const note of notes) expect(note.datetime).toMatch(w3);
    const notesXml = (await getXml(`requests/${requestId}.xml?extensions=true`)).doc.service_requests
      ?.request as Json[];
    expect(((notesXml[0] as Json).notes as { note: Json[] }).note).toHaveLength(notes.length);
  });

  it('lists requests by status, service, id list and page, in both formats', async () => {
    const other = await post('json', garbageForm({ description: '另一处垃圾' }));
    const otherId = (JSON.parse(other.text) as Json[])[0]?.service_request_id as string;
    const ids = async (query: string) =>
      (await getJson(`requests.json?${query}`)).body.map((r) => r.service_request_id);
    expect(await ids('')).toEqual([otherId, requestId]);
    expect(await ids('status=closed')).toEqual([requestId]);
    expect(await ids('status=open')).toEqual([otherId]);
    expect(await ids('status=open,closed')).toEqual([otherId, requestId]);
    expect(await ids(`service_code=${garbage.serviceCode}&status=open`)).toEqual([otherId]);
    expect(await ids('service_code=C0101')).toEqual([]);
    expect(await ids(`service_request_id=${requestId}&status=open`)).toEqual([requestId]);
    expect(await ids('page_size=1&page=2')).toEqual([requestId]);
    expect(await ids('start_date=2030-03-05T00:00:00Z')).toEqual([]);
    expect(await ids('jurisdiction_id=310104')).toEqual([]);
    expect(await ids('jurisdiction_id=310101002')).toEqual([otherId, requestId]);
    const listXml = (await getXml('requests.xml')).doc.service_requests?.request as Json[];
    expect(listXml.map((r) => r.service_request_id)).toEqual([otherId, requestId]);
    for (const request of (await getJson('requests.json')).body) expect(Object.keys(request)).toEqual(fields.request);
  });

  it('places a request by address_id (a unit grid code) without coordinates', async () => {
    const { lat: _lat, long: _long, ...form } = garbageForm();
    const response = await post('json', { ...form, address_id: point.gridCode });
    expect(response.status, response.text).toBe(200);
    const id = (JSON.parse(response.text) as Json[])[0]?.service_request_id as string;
    const row = await loop.api.prisma.case.findUniqueOrThrow({ where: { code: id } });
    expect(row.gridCode).toBe(point.gridCode);
  });
});

describe('one work order sent twice at once', () => {
  it('makes one request, and both sends answer with it, whatever their Idempotency-Keys', async () => {
    for (let round = 0; round < 5; round += 1) {
      const externalId = `GD-RACE-${round}`;
      const sends = await Promise.all(
        ['a', 'b', 'c'].map((key) =>
          post('json', garbageForm({ external_id: externalId }), { 'Idempotency-Key': `race-${round}-${key}` }),
        ),
      );
      for (const send of sends) expect(send.status, send.text).toBe(200);
      const ids = new Set(sends.map((send) => (JSON.parse(send.text) as Json[])[0]?.service_request_id));
      expect(ids.size).toBe(1);
      expect(await loop.api.prisma.case.count({ where: { source: 'OPEN311', externalRef: externalId } })).toBe(1);
    }
  });
});
