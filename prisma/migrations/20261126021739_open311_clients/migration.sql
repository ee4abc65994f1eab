-- Open311 GeoReport v2 clients: the systems allowed to POST service requests, each with a hashed API
-- key (shown once), an area its reports must lie in and a per-minute rate limit kept on its own row.
-- Also an index for the public media route, which finds a photo's public copy by its hash.

-- CreateTable
CREATE TABLE "open311_client" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "key_hash" CHAR(64) NOT NULL,
    "area_id" INTEGER NOT NULL,
    "rate_limit_per_minute" INTEGER NOT NULL,
    "window_started_at" TIMESTAMPTZ(3),
    "window_count" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "open311_client_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "open311_client_key_hash_key" ON "open311_client"("key_hash");

-- CreateIndex
CREATE INDEX "open311_client_area_id_idx" ON "open311_client"("area_id");

-- CreateIndex
CREATE INDEX "photo_sha256_idx" ON "photo"("sha256");

-- AddForeignKey
ALTER TABLE "open311_client" ADD CONSTRAINT "open311_client_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "open311_client" ADD CONSTRAINT "open311_client_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Checks Prisma cannot declare.
ALTER TABLE "open311_client" ADD CONSTRAINT "open311_client_name" CHECK (length(btrim("name")) BETWEEN 1 AND 100);
ALTER TABLE "open311_client" ADD CONSTRAINT "open311_client_key_hash_shape" CHECK ("key_hash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "open311_client" ADD CONSTRAINT "open311_client_rate_limit" CHECK (
  "rate_limit_per_minute" BETWEEN 1 AND 100000 AND "window_count" >= 0);

-- An Open311 case names its client in its idempotency key (`<client id>:<key>`), so a client's retries
-- find its own case and never another client's.
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_open311_client_key" CHECK (
  "source" <> 'OPEN311' OR "idempotency_key" ~ '^[0-9]+:.+$');
