import type { SqlClient } from './workspace.js';

export interface GenerationScopeSummary {
  /** The streets whose unit grids a generation in this scope replaces. */
  streetIds: number[];
  communities: number;
  /** Communities without a boundary: nothing can be cut for them. */
  communitiesWithoutBoundary: number;
  /** Total area of the community boundaries, m² on the ellipsoid. */
  areaM2: number;
}

/**
 * What a generation in a district or street would work on: its streets, its communities and how
 * many of them have boundaries, and their area (to refuse runs that would cut too many cells).
 */
export async function summarizeGenerationScope(db: SqlClient, scopeAreaId: number): Promise<GenerationScopeSummary> {
  const [row] = await db.$queryRaw<GenerationScopeSummary[]>`
    SELECT
      COALESCE(array_agg(DISTINCT s.id), '{}') AS "streetIds",
      count(c.id)::int AS communities,
      count(c.id) FILTER (WHERE c.boundary IS NULL)::int AS "communitiesWithoutBoundary",
      COALESCE(sum(ST_Area(c.boundary::geography)), 0)::float8 AS "areaM2"
    FROM area s
    LEFT JOIN area c ON c.parent_id = s.id AND c.level = 'COMMUNITY'
    WHERE s.level = 'STREET' AND (s.id = ${scopeAreaId} OR s.parent_id = ${scopeAreaId})`;
  return row ?? { streetIds: [], communities: 0, communitiesWithoutBoundary: 0, areaM2: 0 };
}
