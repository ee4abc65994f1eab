import type { Prisma } from '../../generated/prisma/client.js';

/** A transaction (or client) to run the import's statements on; the staging table lives on its connection. */
export type ImportSql = Prisma.TransactionClient;

/** One feature that passed the file-level checks, ready to be validated by PostGIS. */
export interface StagedFeatureInput {
  /** Position of the feature in the uploaded file (0-based), so reports point at it. */
  featureIndex: number;
  /** Canonical code (6/9/12-digit area code, 15-digit grid code or responsibility code). */
  code: string;
  name: string | null;
  /** Codes of the areas that may be the parent, most specific first; the first that exists wins. */
  parentCodes: readonly string[];
  /** GeoJSON Polygon or MultiPolygon in WGS84 (already converted from GCJ-02 when declared so). */
  geometry: object;
}

/** Rows per INSERT: large enough to keep statements few, small enough to keep each parameter modest. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * Creates the transaction-scoped staging tables `import_feature` and `import_parent` and loads the
 * features with a few multi-row statements (jsonb_to_recordset), then analyzes them: temporary tables are
 * never auto-analyzed, and the validation joins need the planner to use the GiST index.
 * Every validation query in this folder reads these tables; they vanish at commit or rollback.
 */
export async function stageImportFeatures(sql: ImportSql, features: readonly StagedFeatureInput[]): Promise<void> {
  // The checks are PostGIS calls that JIT compilation cannot speed up, while their large cost
  // estimates would make PostgreSQL compile each statement: off for this transaction only.
  await sql.$executeRawUnsafe('SET LOCAL jit = off');
  await sql.$executeRawUnsafe(`
    CREATE TEMP TABLE import_feature (
      feature_index integer PRIMARY KEY,
      code text NOT NULL,
      name text,
      parent_codes text[] NOT NULL,
      geom geometry(MultiPolygon, 4326) NOT NULL,
      area_m2 double precision NOT NULL,
      invalid_reason text,
      parent_id integer,
      inside_m2 double precision
    ) ON COMMIT DROP`);
  // The parents the features link to (filled by resolveImportParents): what a grid import replaces.
  await sql.$executeRawUnsafe('CREATE TEMP TABLE import_parent (id integer PRIMARY KEY) ON COMMIT DROP');
  for (let start = 0; start < features.length; start += ROWS_PER_STATEMENT) {
    const chunk = JSON.stringify(features.slice(start, start + ROWS_PER_STATEMENT));
    await sql.$executeRaw`
      INSERT INTO import_feature (feature_index, code, name, parent_codes, geom, area_m2)
      SELECT r."featureIndex", r.code, r.name,
             ARRAY(SELECT jsonb_array_elements_text(r."parentCodes")),
             g.geom, ST_Area(g.geom::geography)
      FROM jsonb_to_recordset(${chunk}::jsonb)
        AS r("featureIndex" integer, code text, name text, "parentCodes" jsonb, geometry jsonb)
      CROSS JOIN LATERAL (SELECT ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326)) AS geom) g`;
  }
  await sql.$executeRawUnsafe('CREATE INDEX ON import_feature USING gist (geom)');
  await sql.$executeRawUnsafe('CREATE INDEX ON import_feature (code)');
  await sql.$executeRawUnsafe('ANALYZE import_feature');
}
