import type { SqlClient } from './workspace.js';

export interface DemoDistrictStatus {
  id: number;
  code: string;
  name: string;
  /** How many of the four demo layers (street, community, unit grid, beat) this version wrote here. */
  currentDemoLayers: number;
  /** Whether an official (imported, not derived) street or community boundary exists in the district. */
  hasOfficialLayer: boolean;
  /** For sharing the work out: the district's area (m², ellipsoid) and its number of communities. */
  areaM2: number;
  communities: number;
}

/**
 * For the demo seed: every district with a boundary (or only those asked for), how many of the
 * four demo layers the current derivation (layer imports whose source name starts with
 * `versionPrefix`) already wrote there, and whether it holds official layers the demo must never
 * overwrite.
 */
export async function selectDemoDistrictStatus(
  db: SqlClient,
  { versionPrefix, districtCodes }: { versionPrefix: string; districtCodes: readonly string[] | null },
): Promise<DemoDistrictStatus[]> {
  return db.$queryRaw<DemoDistrictStatus[]>`
    WITH below AS (
      -- one pass over streets and communities, instead of a lookup per district
      SELECT s.parent_id AS district_id, count(c.id)::int AS communities,
             bool_or((s.boundary IS NOT NULL AND NOT s.is_derived) OR (c.boundary IS NOT NULL AND NOT c.is_derived))
               AS has_official_layer
      FROM area s LEFT JOIN area c ON c.parent_id = s.id
      WHERE s.level = 'STREET'
      GROUP BY s.parent_id
    ), demo AS (
      SELECT scope_area_id AS district_id, count(DISTINCT layer)::int AS layers
      FROM layer_import
      WHERE source = 'DEMO' AND starts_with(source_name, ${versionPrefix})
      GROUP BY scope_area_id
    )
    SELECT d.id, d.code, d.name,
      COALESCE(demo.layers, 0) AS "currentDemoLayers",
      COALESCE(below.has_official_layer, false) AS "hasOfficialLayer",
      COALESCE(below.communities, 0) AS communities,
      -- measured only where there is work to share out: a start with everything current stays cheap
      CASE WHEN COALESCE(demo.layers, 0) < 4 THEN ST_Area(d.boundary::geography) ELSE 0 END AS "areaM2"
    FROM area d
    LEFT JOIN below ON below.district_id = d.id
    LEFT JOIN demo ON demo.district_id = d.id
    WHERE d.level = 'DISTRICT' AND d.boundary IS NOT NULL
      AND (${districtCodes === null}::boolean OR d.code = ANY(${[...(districtCodes ?? [])]}::text[]))
    ORDER BY d.code`;
}
