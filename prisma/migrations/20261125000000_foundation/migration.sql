-- Foundation: PostGIS, administrative areas with WGS84 boundaries, users with roles.
CREATE EXTENSION IF NOT EXISTS "postgis";

-- CreateEnum
CREATE TYPE "AreaLevel" AS ENUM ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OFFICER', 'OPERATOR', 'SHIFT_LEADER', 'DISPATCHER', 'HANDLER', 'LEADER', 'ADMIN');

-- CreateTable
CREATE TABLE "area" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(12) NOT NULL,
    "name" TEXT NOT NULL,
    "level" "AreaLevel" NOT NULL,
    "parent_id" INTEGER,
    "boundary" geometry(MultiPolygon,4326),
    "is_derived" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "roles" "Role"[],
    "area_id" INTEGER NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "area_code_key" ON "area"("code");

-- CreateIndex
CREATE INDEX "area_parent_id_idx" ON "area"("parent_id");

-- CreateIndex
CREATE INDEX "area_boundary_gist" ON "area" USING GIST ("boundary");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE INDEX "app_user_area_id_idx" ON "app_user"("area_id");

-- AddForeignKey
ALTER TABLE "area" ADD CONSTRAINT "area_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written rules Prisma cannot express: codes are digits of the length their level demands,
-- boundaries are valid, and a user holds at least one role.
ALTER TABLE "area" ADD CONSTRAINT "area_code_format" CHECK (
    ("level" IN ('CITY', 'DISTRICT') AND "code" ~ '^[0-9]{6}$')
    OR ("level" = 'STREET' AND "code" ~ '^[0-9]{9}$')
    OR ("level" = 'COMMUNITY' AND "code" ~ '^[0-9]{12}$')
);
ALTER TABLE "area" ADD CONSTRAINT "area_boundary_valid" CHECK ("boundary" IS NULL OR ST_IsValid("boundary"));
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_has_role" CHECK (cardinality("roles") > 0);
