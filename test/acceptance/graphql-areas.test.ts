import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHuangpuApi } from '../src/fixtures/huangpu-api.js';
import { graphqlRequest } from '../src/graphql-request.js';
import type { InProcessApi } from '../src/server/in-process-api.js';

let api: InProcessApi;

beforeAll(async () => {
  // these tests read codes and district boundaries: 黄浦区's derived layers are enough
  api = await startHuangpuApi();
});
afterAll(() => api.close());

describe('areas over GraphQL, on the seeded demo city', () => {
  it('names the city and its 16 districts with their real codes', async () => {
    const { body } = await graphqlRequest<{
      city: { code: string; name: string; children: { code: string; name: string }[] };
    }>(api.baseUrl, '{ city { code name children { code name } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data?.city).toMatchObject({ code: '310100', name: '上海市' });
    expect(body.data?.city.children).toHaveLength(16);
    expect(body.data?.city.children[0]).toEqual({ code: '310101', name: '黄浦区' });
  });

  it('lists the streets of a district and the communities of a street from the 2023 codes', async () => {
    const { body } = await graphqlRequest<{ areas: { code: string; name: string; parent: { code: string } }[] }>(
      api.baseUrl,
      'query($p: String) { areas(level: STREET, parentCode: $p) { code name parent { code } } }',
      { p: '310101' },
    );
    expect(body.data?.areas.map((area) => area.name)).toContain('南京东路街道');
    expect(body.data?.areas.every((area) => area.parent.code === '310101')).toBe(true);
    const communities = await graphqlRequest<{ area: { children: { code: string }[] } }>(
      api.baseUrl,
      '{ area(code: "310101002") { children { code } } }',
    );
    expect(communities.body.data?.area.children.map((c) => c.code)).toContain('310101002001');
  });

  it('returns district boundaries as one WGS84 FeatureCollection', async () => {
    const { body } = await graphqlRequest<{ areaFeatures: GeoJSONFeatureCollection }>(
      api.baseUrl,
      '{ areaFeatures(level: DISTRICT, parentCode: "310100") }',
    );
    const features = body.data?.areaFeatures.features ?? [];
    expect(features).toHaveLength(16);
    const huangpu = features.find((feature) => feature.id === '310101');
    expect(huangpu?.properties).toEqual({ code: '310101', name: '黄浦区', level: 'DISTRICT', isDerived: false });
    expect(huangpu?.geometry.type).toBe('MultiPolygon');
    // The Bund (外滩, WGS84 ≈ 121.490, 31.240) lies in 黄浦区 once GCJ-02 has been undone.
    const [minLng, minLat, maxLng, maxLat] = bounds(huangpu?.geometry.coordinates);
    expect(minLng).toBeLessThan(121.49);
    expect(maxLng).toBeGreaterThan(121.49);
    expect(minLat).toBeLessThan(31.24);
    expect(maxLat).toBeGreaterThan(31.24);
  });

  it('rejects a malformed area code with BAD_REQUEST and names the field', async () => {
    const { body } = await graphqlRequest(api.baseUrl, '{ areaFeatures(level: DISTRICT, parentCode: "31x") }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors?.[0]?.message).toContain('parentCode');
  });

  it('answers an unknown field with a GraphQL validation error, not a crash', async () => {
    const { body } = await graphqlRequest(api.baseUrl, '{ nope }');
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toContain('nope');
  });

  it('refuses a query nested deeper than the limit before touching the database', async () => {
    let selection = 'code';
    for (let i = 0; i < 12; i += 1) selection = `parent { ${selection} }`;
    api.statements.length = 0;
    const { body } = await graphqlRequest(api.baseUrl, `{ area(code: "310101002") { ${selection} } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(api.statements).toEqual([]);
  });

  it('loads children without one query per parent (no N+1)', async () => {
    api.statements.length = 0;
    const { body } = await graphqlRequest(
      api.baseUrl,
      '{ areas(level: DISTRICT) { code children { code children { code } } } }',
    );
    expect(body.errors).toBeUndefined();
    // one statement per level of the selection, whatever the number of districts and streets
    expect(api.statements.length).toBe(3);
  });
});

interface GeoJSONFeatureCollection {
  features: { id: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
}

function bounds(coordinates: unknown): [number, number, number, number] {
  const positions = (coordinates as number[][][][]).flat(2) as unknown as [number, number][];
  const lngs = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}
