import { selectAreaFeatures } from '@gridloop/prisma';
import { graphqlRequest } from '../../src/graphql-request.js';
import type { InProcessApi } from '../../src/server/in-process-api.js';
import { measure } from '../harness/measure.js';
import { type Comparison, compare } from '../harness/report.js';

/**
 * District boundaries for the map: the GraphQL query over real HTTP against the same PostGIS
 * statement called directly. The ratio is the cost of HTTP + GraphQL on a map read.
 */
export async function benchAreaFeatures(api: InProcessApi, seconds: number): Promise<Comparison> {
  const query = { level: 'DISTRICT' as const, parentCode: '310100' };
  const baseline = await measure('SQL directly (selectAreaFeatures)', () => selectAreaFeatures(api.prisma, query), {
    seconds,
  });
  const candidate = await measure(
    'GraphQL areaFeatures over HTTP',
    async () => {
      const { body } = await graphqlRequest(api.baseUrl, '{ areaFeatures(level: DISTRICT, parentCode: "310100") }');
      if (body.errors) throw new Error(body.errors[0]?.message);
    },
    { seconds },
  );
  return compare('map: district boundaries (16 features, ~20k vertices)', baseline, candidate);
}
