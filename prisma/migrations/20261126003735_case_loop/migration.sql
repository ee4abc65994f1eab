-- CreateEnum
CREATE TYPE "CategoryKind" AS ENUM ('COMPONENT', 'EVENT');

-- CreateEnum
CREATE TYPE "CategoryLevel" AS ENUM ('MAJOR', 'MINOR');

-- CreateEnum
CREATE TYPE "TimeLimitUnit" AS ENUM ('WORK_HOURS', 'WORK_DAYS', 'NATURAL_HOURS', 'NATURAL_DAYS');

-- CreateEnum
CREATE TYPE "DepartmentType" AS ENUM ('STREET_OFFICE', 'CITY_MANAGEMENT', 'GREENING_SANITATION', 'ROADS', 'WATER', 'TRAFFIC_POLICE', 'MARKET_REGULATION', 'HOUSING', 'UTILITY', 'PUBLIC_SECURITY', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseSource" AS ENUM ('OFFICER', 'PUBLIC', 'HOTLINE', 'OPEN311', 'IMPORT', 'SENSOR');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('PENDING_VERIFY', 'REPORTED', 'ACCEPTED', 'FILED', 'DISPATCHED', 'HANDLED', 'REWORK', 'PARKED', 'CLOSED', 'REJECTED', 'MERGED', 'VOID', 'INVALID');

-- CreateEnum
CREATE TYPE "CaseAction" AS ENUM ('REPORT', 'RECEIVE', 'VERIFY', 'VERIFY_INVALID', 'ACCEPT', 'REJECT', 'MERGE', 'SELF_HANDLE', 'FILE', 'REQUEST_VOID', 'APPROVE_VOID', 'DENY_VOID', 'DISPATCH', 'HANDLE', 'REQUEST_RETURN', 'APPROVE_RETURN', 'DENY_RETURN', 'REQUEST_EXTENSION', 'APPROVE_EXTENSION', 'DENY_EXTENSION', 'REQUEST_PARK', 'APPROVE_PARK', 'DENY_PARK', 'RESTORE', 'CHECK_PASS', 'CHECK_FAIL', 'REDISPATCH', 'CLOSE', 'COMMENT');

-- CreateEnum
CREATE TYPE "CaseStep" AS ENUM ('VERIFY', 'ACCEPT', 'FILE', 'DISPATCH', 'HANDLE', 'CHECK', 'CLOSE', 'APPROVE');

-- CreateEnum
CREATE TYPE "CaseRequestKind" AS ENUM ('VOID', 'RETURN', 'EXTENSION', 'PARK');

-- CreateEnum
CREATE TYPE "CaseRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'DENIED');

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "beat_code" VARCHAR(24),
ADD COLUMN     "department_id" INTEGER;

-- CreateTable
CREATE TABLE "category" (
    "id" SERIAL NOT NULL,
    "kind" "CategoryKind" NOT NULL,
    "level" "CategoryLevel" NOT NULL,
    "code" VARCHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "parent_id" INTEGER,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "filing_condition" (
    "id" SERIAL NOT NULL,
    "category_id" INTEGER NOT NULL,
    "code" VARCHAR(2) NOT NULL,
    "description" TEXT NOT NULL,
    "closing_condition" TEXT NOT NULL,
    "time_limit_amount" DOUBLE PRECISION NOT NULL,
    "time_limit_unit" "TimeLimitUnit" NOT NULL,
    "department_type" "DepartmentType",
    "requires_photo" BOOLEAN NOT NULL DEFAULT true,
    "duplicate_radius_m" INTEGER NOT NULL DEFAULT 50,
    "duplicate_window_hours" INTEGER NOT NULL DEFAULT 72,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "filing_condition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "step_time_limit" (
    "step" "CaseStep" NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "unit" "TimeLimitUnit" NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "step_time_limit_pkey" PRIMARY KEY ("step")
);

-- CreateTable
CREATE TABLE "department" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "type" "DepartmentType" NOT NULL,
    "parent_id" INTEGER,
    "area_id" INTEGER NOT NULL,
    "contact_name" TEXT,
    "contact_phone" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "component" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "category_id" INTEGER NOT NULL,
    "area_id" INTEGER NOT NULL,
    "name" TEXT,
    "point" geometry(Point,4326) NOT NULL,
    "owner_department_id" INTEGER,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "component_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "responsibility_rule" (
    "id" SERIAL NOT NULL,
    "category_id" INTEGER NOT NULL,
    "area_code" VARCHAR(15) NOT NULL,
    "department_id" INTEGER NOT NULL,
    "note" TEXT,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "responsibility_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_record" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(19) NOT NULL,
    "source" "CaseSource" NOT NULL,
    "status" "CaseStatus" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "category_id" INTEGER NOT NULL,
    "filing_condition_id" INTEGER NOT NULL,
    "point" geometry(Point,4326) NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL GENERATED ALWAYS AS (ST_X("point")) STORED,
    "lat" DOUBLE PRECISION NOT NULL GENERATED ALWAYS AS (ST_Y("point")) STORED,
    "address" TEXT,
    "description" TEXT NOT NULL,
    "unit_grid_id" INTEGER NOT NULL,
    "grid_code" VARCHAR(15) NOT NULL,
    "community_id" INTEGER NOT NULL,
    "street_id" INTEGER NOT NULL,
    "district_id" INTEGER NOT NULL,
    "responsibility_grid_id" INTEGER,
    "beat_code" VARCHAR(24),
    "component_id" INTEGER,
    "reporter_id" INTEGER,
    "reporter_name" TEXT,
    "reporter_contact" TEXT,
    "external_ref" TEXT,
    "idempotency_key" TEXT,
    "department_id" INTEGER,
    "suggested_department_id" INTEGER,
    "merged_into_id" INTEGER,
    "rework_count" INTEGER NOT NULL DEFAULT 0,
    "self_handled" BOOLEAN NOT NULL DEFAULT false,
    "check_passed" BOOLEAN NOT NULL DEFAULT false,
    "step" "CaseStep",
    "step_started_at" TIMESTAMPTZ(3) NOT NULL,
    "step_limit_amount" DOUBLE PRECISION,
    "step_limit_unit" "TimeLimitUnit",
    "step_warn_at" TIMESTAMPTZ(3),
    "step_deadline_at" TIMESTAMPTZ(3),
    "handle_limit_amount" DOUBLE PRECISION NOT NULL,
    "handle_limit_unit" "TimeLimitUnit" NOT NULL,
    "reported_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "filed_at" TIMESTAMPTZ(3),
    "dispatched_at" TIMESTAMPTZ(3),
    "handled_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_event" (
    "id" BIGSERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "action" "CaseAction" NOT NULL,
    "from_status" "CaseStatus",
    "to_status" "CaseStatus" NOT NULL,
    "actor_id" INTEGER,
    "actor_role" "Role",
    "note" TEXT,
    "department_id" INTEGER,
    "deadline_at" TIMESTAMPTZ(3),
    "met_deadline" BOOLEAN,
    "details" JSONB NOT NULL DEFAULT '{}',
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_request" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "kind" "CaseRequestKind" NOT NULL,
    "status" "CaseRequestStatus" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT NOT NULL,
    "requested_by_id" INTEGER NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "extra_amount" DOUBLE PRECISION,
    "extra_unit" "TimeLimitUnit",
    "decide_by" TIMESTAMPTZ(3),
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,

    CONSTRAINT "case_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo" (
    "id" SERIAL NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "mime_type" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "has_location" BOOLEAN NOT NULL,
    "taken_at" TIMESTAMPTZ(3),
    "case_id" INTEGER NOT NULL,
    "event_id" BIGINT,
    "uploaded_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_transition" (
    "id" SERIAL NOT NULL,
    "action" "CaseAction" NOT NULL,
    "from_status" "CaseStatus",
    "to_status" "CaseStatus" NOT NULL,

    CONSTRAINT "case_transition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_code_counter" (
    "district_code" VARCHAR(6) NOT NULL,
    "day" DATE NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "case_code_counter_pkey" PRIMARY KEY ("district_code","day")
);

-- CreateIndex
CREATE INDEX "category_parent_id_idx" ON "category"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "category_kind_code_key" ON "category"("kind", "code");

-- CreateIndex
CREATE UNIQUE INDEX "filing_condition_category_id_code_key" ON "filing_condition"("category_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "department_code_key" ON "department"("code");

-- CreateIndex
CREATE INDEX "department_area_id_idx" ON "department"("area_id");

-- CreateIndex
CREATE INDEX "department_parent_id_idx" ON "department"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "component_code_key" ON "component"("code");

-- CreateIndex
CREATE INDEX "component_category_id_idx" ON "component"("category_id");

-- CreateIndex
CREATE INDEX "component_point_gist" ON "component" USING GIST ("point");

-- CreateIndex
CREATE INDEX "responsibility_rule_area_code_idx" ON "responsibility_rule"("area_code");

-- CreateIndex
CREATE UNIQUE INDEX "responsibility_rule_category_id_area_code_key" ON "responsibility_rule"("category_id", "area_code");

-- CreateIndex
CREATE UNIQUE INDEX "case_record_code_key" ON "case_record"("code");

-- CreateIndex
CREATE INDEX "case_record_status_step_deadline_at_idx" ON "case_record"("status", "step_deadline_at");

-- CreateIndex
CREATE INDEX "case_record_grid_code_idx" ON "case_record"("grid_code");

-- CreateIndex
CREATE INDEX "case_record_department_id_status_idx" ON "case_record"("department_id", "status");

-- CreateIndex
CREATE INDEX "case_record_category_id_status_idx" ON "case_record"("category_id", "status");

-- CreateIndex
-- Duplicate lookups search open cases only (closed ones are most of the table).
CREATE INDEX "case_point_gist" ON "case_record" USING GIST ("point")
  WHERE "status" IN ('PENDING_VERIFY', 'REPORTED', 'ACCEPTED', 'FILED', 'DISPATCHED', 'HANDLED', 'REWORK', 'PARKED');

-- CreateIndex
CREATE INDEX "case_event_case_id_id_idx" ON "case_event"("case_id", "id");

-- CreateIndex
CREATE INDEX "case_event_occurred_at_idx" ON "case_event"("occurred_at");

-- CreateIndex
CREATE INDEX "case_request_case_id_idx" ON "case_request"("case_id");

-- CreateIndex
CREATE INDEX "case_request_status_kind_idx" ON "case_request"("status", "kind");

-- CreateIndex
CREATE INDEX "photo_case_id_idx" ON "photo"("case_id");

-- CreateIndex
CREATE INDEX "photo_event_id_idx" ON "photo"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_transition_action_from_status_to_status_key" ON "case_transition"("action", "from_status", "to_status");

-- CreateIndex
CREATE INDEX "app_user_department_id_idx" ON "app_user"("department_id");

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "category" ADD CONSTRAINT "category_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "filing_condition" ADD CONSTRAINT "filing_condition_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "department" ADD CONSTRAINT "department_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "department" ADD CONSTRAINT "department_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "component" ADD CONSTRAINT "component_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "component" ADD CONSTRAINT "component_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "component" ADD CONSTRAINT "component_owner_department_id_fkey" FOREIGN KEY ("owner_department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsibility_rule" ADD CONSTRAINT "responsibility_rule_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsibility_rule" ADD CONSTRAINT "responsibility_rule_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsibility_rule" ADD CONSTRAINT "responsibility_rule_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_filing_condition_id_fkey" FOREIGN KEY ("filing_condition_id") REFERENCES "filing_condition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_unit_grid_id_fkey" FOREIGN KEY ("unit_grid_id") REFERENCES "unit_grid"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_street_id_fkey" FOREIGN KEY ("street_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_responsibility_grid_id_fkey" FOREIGN KEY ("responsibility_grid_id") REFERENCES "responsibility_grid"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_component_id_fkey" FOREIGN KEY ("component_id") REFERENCES "component"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_suggested_department_id_fkey" FOREIGN KEY ("suggested_department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "case_record"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case_record"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_request" ADD CONSTRAINT "case_request_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case_record"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_request" ADD CONSTRAINT "case_request_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_request" ADD CONSTRAINT "case_request_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo" ADD CONSTRAINT "photo_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case_record"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo" ADD CONSTRAINT "photo_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "case_event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo" ADD CONSTRAINT "photo_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───────────────────────── Hand-written: checks, triggers and reference rows ─────────────────────────

-- Category codes: a major is 2 digits without parent; a minor is 4 digits under a major of the same
-- kind whose code it extends.
ALTER TABLE "category" ADD CONSTRAINT "category_code_shape" CHECK (
  ("level" = 'MAJOR' AND "code" ~ '^[0-9]{2}$' AND "parent_id" IS NULL)
  OR ("level" = 'MINOR' AND "code" ~ '^[0-9]{4}$' AND "parent_id" IS NOT NULL));

CREATE FUNCTION "category_minor_extends_major"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."level" = 'MINOR' AND NOT EXISTS (
    SELECT 1 FROM "category" p
    WHERE p."id" = NEW."parent_id" AND p."level" = 'MAJOR' AND p."kind" = NEW."kind" AND p."code" = left(NEW."code", 2)
  ) THEN
    RAISE EXCEPTION 'minor class % must extend the code of a major class of the same kind', NEW."code"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "category_minor_extends_major" BEFORE INSERT OR UPDATE OF "code", "parent_id", "kind", "level"
  ON "category" FOR EACH ROW EXECUTE FUNCTION "category_minor_extends_major"();

ALTER TABLE "filing_condition" ADD CONSTRAINT "filing_condition_code_shape" CHECK ("code" ~ '^[0-9]{2}$');
ALTER TABLE "filing_condition" ADD CONSTRAINT "filing_condition_limit_positive" CHECK ("time_limit_amount" > 0);
ALTER TABLE "filing_condition" ADD CONSTRAINT "filing_condition_duplicate_range" CHECK (
  "duplicate_radius_m" BETWEEN 0 AND 5000 AND "duplicate_window_hours" BETWEEN 0 AND 8760);
ALTER TABLE "step_time_limit" ADD CONSTRAINT "step_time_limit_positive" CHECK ("amount" > 0);

-- Component object codes: 6 area + 2 major + 2 minor + 6 serial, the middle four being the class's.
ALTER TABLE "component" ADD CONSTRAINT "component_code_shape" CHECK ("code" ~ '^[0-9]{16}$');
CREATE FUNCTION "component_code_matches_class"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "category" c
    WHERE c."id" = NEW."category_id" AND c."kind" = 'COMPONENT' AND c."level" = 'MINOR' AND c."code" = substr(NEW."code", 7, 4)
  ) THEN
    RAISE EXCEPTION 'component % must carry the code of its component minor class', NEW."code"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "component_code_matches_class" BEFORE INSERT OR UPDATE OF "code", "category_id"
  ON "component" FOR EACH ROW EXECUTE FUNCTION "component_code_matches_class"();

ALTER TABLE "responsibility_rule" ADD CONSTRAINT "responsibility_rule_area_code_shape"
  CHECK ("area_code" ~ '^([0-9]{6}|[0-9]{9}|[0-9]{12}|[0-9]{15})$');

-- Cases.
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_code_shape" CHECK ("code" ~ '^[0-9]{19}$');
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_counters" CHECK ("version" >= 1 AND "rework_count" >= 0);
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_merged_into" CHECK (
  ("status" = 'MERGED') = ("merged_into_id" IS NOT NULL) AND "merged_into_id" <> "id");
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_department_when_dispatched" CHECK (
  "status" NOT IN ('DISPATCHED', 'PARKED') OR "department_id" IS NOT NULL);
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_step_limit" CHECK (
  ("step_limit_amount" IS NULL) = ("step_limit_unit" IS NULL) AND "handle_limit_amount" > 0);
-- A retried submit finds the case its key created (one key space per source and reporter).
CREATE UNIQUE INDEX "case_record_idempotency_key" ON "case_record" ("source", COALESCE("reporter_id", 0), "idempotency_key")
  WHERE "idempotency_key" IS NOT NULL;
CREATE UNIQUE INDEX "case_record_external_ref" ON "case_record" ("source", "external_ref") WHERE "external_ref" IS NOT NULL;
-- Queues read open cases by deadline.
CREATE INDEX "case_record_open_by_deadline" ON "case_record" ("step_deadline_at", "id")
  WHERE "status" IN ('PENDING_VERIFY', 'REPORTED', 'ACCEPTED', 'FILED', 'DISPATCHED', 'HANDLED', 'REWORK', 'PARKED');
CREATE INDEX "case_record_grid_code_pattern" ON "case_record" ("grid_code" varchar_pattern_ops);

-- At most one approval request waits per case.
CREATE UNIQUE INDEX "case_request_one_pending" ON "case_request" ("case_id") WHERE "status" = 'PENDING';
ALTER TABLE "case_request" ADD CONSTRAINT "case_request_extension" CHECK (
  ("kind" = 'EXTENSION') = ("extra_amount" IS NOT NULL AND "extra_unit" IS NOT NULL) AND COALESCE("extra_amount", 1) > 0);
ALTER TABLE "case_request" ADD CONSTRAINT "case_request_decided" CHECK (
  ("status" = 'PENDING') = ("decided_at" IS NULL));

ALTER TABLE "photo" ADD CONSTRAINT "photo_sha256_shape" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "photo" ADD CONSTRAINT "photo_size_positive" CHECK ("byte_size" > 0 AND "width" > 0 AND "height" > 0);

-- The transitions (a copy of api/src/modules/cases/case-status.ts; a test keeps them equal).
INSERT INTO "case_transition" ("action", "from_status", "to_status") VALUES
  ('REPORT', NULL, 'REPORTED'),
  ('RECEIVE', NULL, 'PENDING_VERIFY'),
  ('VERIFY', 'PENDING_VERIFY', 'REPORTED'),
  ('VERIFY_INVALID', 'PENDING_VERIFY', 'INVALID'),
  ('ACCEPT', 'REPORTED', 'ACCEPTED'),
  ('REJECT', 'REPORTED', 'REJECTED'),
  ('MERGE', 'REPORTED', 'MERGED'),
  ('SELF_HANDLE', 'REPORTED', 'HANDLED'),
  ('FILE', 'ACCEPTED', 'FILED'),
  ('REQUEST_VOID', 'FILED', 'FILED'),
  ('APPROVE_VOID', 'FILED', 'VOID'),
  ('DENY_VOID', 'FILED', 'FILED'),
  ('DISPATCH', 'FILED', 'DISPATCHED'),
  ('HANDLE', 'DISPATCHED', 'HANDLED'),
  ('REQUEST_RETURN', 'DISPATCHED', 'DISPATCHED'),
  ('APPROVE_RETURN', 'DISPATCHED', 'FILED'),
  ('DENY_RETURN', 'DISPATCHED', 'DISPATCHED'),
  ('REQUEST_EXTENSION', 'DISPATCHED', 'DISPATCHED'),
  ('APPROVE_EXTENSION', 'DISPATCHED', 'DISPATCHED'),
  ('DENY_EXTENSION', 'DISPATCHED', 'DISPATCHED'),
  ('REQUEST_PARK', 'DISPATCHED', 'DISPATCHED'),
  ('APPROVE_PARK', 'DISPATCHED', 'PARKED'),
  ('DENY_PARK', 'DISPATCHED', 'DISPATCHED'),
  ('RESTORE', 'PARKED', 'DISPATCHED'),
  ('CHECK_PASS', 'HANDLED', 'HANDLED'),
  ('CHECK_FAIL', 'HANDLED', 'REWORK'),
  ('REDISPATCH', 'REWORK', 'DISPATCHED'),
  ('CLOSE', 'HANDLED', 'CLOSED'),
  ('COMMENT', 'PENDING_VERIFY', 'PENDING_VERIFY'),
  ('COMMENT', 'REPORTED', 'REPORTED'),
  ('COMMENT', 'ACCEPTED', 'ACCEPTED'),
  ('COMMENT', 'FILED', 'FILED'),
  ('COMMENT', 'DISPATCHED', 'DISPATCHED'),
  ('COMMENT', 'HANDLED', 'HANDLED'),
  ('COMMENT', 'REWORK', 'REWORK'),
  ('COMMENT', 'PARKED', 'PARKED');

-- Every event must be a known transition.
CREATE FUNCTION "case_event_is_transition"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "case_transition" t
    WHERE t."action" = NEW."action" AND t."from_status" IS NOT DISTINCT FROM NEW."from_status" AND t."to_status" = NEW."to_status"
  ) THEN
    RAISE EXCEPTION 'no case transition % from % to %', NEW."action", NEW."from_status", NEW."to_status"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "case_event_is_transition" BEFORE INSERT ON "case_event"
  FOR EACH ROW EXECUTE FUNCTION "case_event_is_transition"();

CREATE FUNCTION "case_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_event is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
-- Per row, not per statement: a statement touching no row (the SET NULL of deleting a user or a
-- department that never acted on a case) must not fail, while changing any existing row does.
CREATE TRIGGER "case_event_append_only" BEFORE UPDATE OR DELETE ON "case_event"
  FOR EACH ROW EXECUTE FUNCTION "case_event_append_only"();

-- A case is created, and changes status, only together with the event that says so, written in the
-- same transaction (checked at commit, so the two statements may come in either order).
CREATE FUNCTION "case_status_has_event"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous "CaseStatus" := CASE WHEN TG_OP = 'UPDATE' THEN OLD."status" END;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."status" = NEW."status" THEN
    RETURN NULL;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM "case_event" e
    WHERE e."case_id" = NEW."id" AND e."from_status" IS NOT DISTINCT FROM previous AND e."to_status" = NEW."status"
      AND e."xmin" = pg_current_xact_id()::xid
  ) THEN
    RAISE EXCEPTION 'case % went from % to % without its event', NEW."code", previous, NEW."status"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "case_status_has_event" AFTER INSERT OR UPDATE OF "status" ON "case_record"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "case_status_has_event"();

-- Default step limits (an admin edits them): minutes matter at the dispatch center, hours on site.
INSERT INTO "step_time_limit" ("step", "amount", "unit", "updated_at") VALUES
  ('VERIFY', 1, 'WORK_HOURS', now()),
  ('ACCEPT', 0.5, 'WORK_HOURS', now()),
  ('FILE', 0.5, 'WORK_HOURS', now()),
  ('DISPATCH', 0.5, 'WORK_HOURS', now()),
  ('CHECK', 2, 'WORK_HOURS', now()),
  ('CLOSE', 1, 'WORK_HOURS', now()),
  ('APPROVE', 1, 'WORK_HOURS', now());
