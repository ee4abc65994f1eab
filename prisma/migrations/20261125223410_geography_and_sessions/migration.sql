-- Geography (layer versions, unit and responsibility grids, tile-ready Web Mercator copies),
-- sessions, sign-in attempts and the audit log.

-- CreateEnum
CREATE TYPE "LayerKind" AS ENUM ('DISTRICT', 'STREET', 'COMMUNITY', 'UNIT_GRID', 'RESPONSIBILITY_GRID');

-- CreateEnum
CREATE TYPE "LayerSource" AS ENUM ('GEOJSON', 'SHAPEFILE', 'GENERATED', 'DEMO');

-- AlterTable
ALTER TABLE "area" ADD COLUMN     "layer_import_id" INTEGER;
-- Web Mercator copy for vector tiles, kept by the database so it can never go stale.
ALTER TABLE "area" ADD COLUMN "boundary_3857" geometry(MultiPolygon,3857) GENERATED ALWAYS AS (ST_Transform("boundary", 3857)) STORED;

-- CreateTable
CREATE TABLE "layer_import" (
    "id" SERIAL NOT NULL,
    "layer" "LayerKind" NOT NULL,
    "source" "LayerSource" NOT NULL,
    "source_name" TEXT NOT NULL,
    "input_crs" TEXT NOT NULL,
    "feature_count" INTEGER NOT NULL,
    "is_derived" BOOLEAN NOT NULL DEFAULT false,
    "scope_area_id" INTEGER,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "layer_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_grid" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(15) NOT NULL,
    "name" TEXT,
    "community_id" INTEGER NOT NULL,
    "responsibility_grid_id" INTEGER,
    "geom" geometry(MultiPolygon,4326) NOT NULL,
    "geom_3857" geometry(MultiPolygon,3857) GENERATED ALWAYS AS (ST_Transform("geom", 3857)) STORED,
    "area_m2" DOUBLE PRECISION NOT NULL GENERATED ALWAYS AS (ST_Area("geom"::geography)) STORED,
    "is_derived" BOOLEAN NOT NULL DEFAULT false,
    "layer_import_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retired_at" TIMESTAMPTZ(3),

    CONSTRAINT "unit_grid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "responsibility_grid" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(24) NOT NULL,
    "name" TEXT NOT NULL,
    "area_id" INTEGER NOT NULL,
    "geom" geometry(MultiPolygon,4326) NOT NULL,
    "geom_3857" geometry(MultiPolygon,3857) GENERATED ALWAYS AS (ST_Transform("geom", 3857)) STORED,
    "is_derived" BOOLEAN NOT NULL DEFAULT false,
    "layer_import_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retired_at" TIMESTAMPTZ(3),

    CONSTRAINT "responsibility_grid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" SERIAL NOT NULL,
    "token_hash" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "user_agent" TEXT,
    "ip_address" TEXT,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_attempt" (
    "id" BIGSERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "ip_address" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "attempted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" INTEGER,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "reason" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "layer_import_layer_id_idx" ON "layer_import"("layer", "id");

-- CreateIndex
CREATE INDEX "unit_grid_community_id_idx" ON "unit_grid"("community_id");

-- CreateIndex
CREATE INDEX "unit_grid_responsibility_grid_id_idx" ON "unit_grid"("responsibility_grid_id");

-- CreateIndex
CREATE INDEX "unit_grid_geom_gist" ON "unit_grid" USING GIST ("geom");

-- CreateIndex
CREATE INDEX "responsibility_grid_area_id_idx" ON "responsibility_grid"("area_id");

-- CreateIndex
CREATE INDEX "responsibility_grid_geom_gist" ON "responsibility_grid" USING GIST ("geom");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_hash_key" ON "session"("token_hash");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "login_attempt_username_attempted_at_idx" ON "login_attempt"("username", "attempted_at");

-- CreateIndex
CREATE INDEX "login_attempt_ip_address_attempted_at_idx" ON "login_attempt"("ip_address", "attempted_at");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_event_created_at_idx" ON "audit_event"("created_at");

-- AddForeignKey
ALTER TABLE "area" ADD CONSTRAINT "area_layer_import_id_fkey" FOREIGN KEY ("layer_import_id") REFERENCES "layer_import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "layer_import" ADD CONSTRAINT "layer_import_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_grid" ADD CONSTRAINT "unit_grid_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_grid" ADD CONSTRAINT "unit_grid_responsibility_grid_id_fkey" FOREIGN KEY ("responsibility_grid_id") REFERENCES "responsibility_grid"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_grid" ADD CONSTRAINT "unit_grid_layer_import_id_fkey" FOREIGN KEY ("layer_import_id") REFERENCES "layer_import"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsibility_grid" ADD CONSTRAINT "responsibility_grid_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsibility_grid" ADD CONSTRAINT "responsibility_grid_layer_import_id_fkey" FOREIGN KEY ("layer_import_id") REFERENCES "layer_import"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: what Prisma cannot express.

-- Tiles read the Web Mercator copies by bounding box.
CREATE INDEX "area_boundary_3857_gist" ON "area" USING GIST ("boundary_3857");
CREATE INDEX "unit_grid_geom_3857_gist" ON "unit_grid" USING GIST ("geom_3857") WHERE "retired_at" IS NULL;
CREATE INDEX "responsibility_grid_geom_3857_gist" ON "responsibility_grid" USING GIST ("geom_3857") WHERE "retired_at" IS NULL;

-- A code names one current grid; retired versions keep theirs for the cases filed in them.
CREATE UNIQUE INDEX "unit_grid_current_code_key" ON "unit_grid"("code") WHERE "retired_at" IS NULL;
CREATE UNIQUE INDEX "responsibility_grid_current_code_key" ON "responsibility_grid"("code") WHERE "retired_at" IS NULL;

ALTER TABLE "unit_grid" ADD CONSTRAINT "unit_grid_code_format" CHECK ("code" ~ '^[0-9]{15}$');
ALTER TABLE "unit_grid" ADD CONSTRAINT "unit_grid_geom_valid" CHECK (ST_IsValid("geom") AND NOT ST_IsEmpty("geom"));
ALTER TABLE "responsibility_grid" ADD CONSTRAINT "responsibility_grid_geom_valid" CHECK (ST_IsValid("geom") AND NOT ST_IsEmpty("geom"));

-- A unit grid's code extends its community's 12-digit code (GB/T 30428.1 style), whatever path wrote it.
CREATE FUNCTION "unit_grid_code_extends_community"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "area" WHERE "id" = NEW."community_id" AND "level" = 'COMMUNITY' AND "code" = left(NEW."code", 12)) THEN
    RAISE EXCEPTION 'unit grid code % does not extend the code of its community (area id %)', NEW."code", NEW."community_id"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "unit_grid_code_extends_community" BEFORE INSERT OR UPDATE OF "code", "community_id" ON "unit_grid"
  FOR EACH ROW EXECUTE FUNCTION "unit_grid_code_extends_community"();

-- The audit log is append-only.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
