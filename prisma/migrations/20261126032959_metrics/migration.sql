-- CreateTable
CREATE TABLE "metric_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "time_zone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "calendar_revision" INTEGER NOT NULL DEFAULT 0,
    "period_starts" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "period_ends" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "metric_state_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "metric_work_day" (
    "day" DATE NOT NULL,
    "is_working" BOOLEAN NOT NULL,
    "minutes_before" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "metric_work_day_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "metric_case_fact" (
    "case_id" INTEGER NOT NULL,
    "cohort_day" DATE NOT NULL,
    "grid_code" VARCHAR(15) NOT NULL,
    "beat_code" VARCHAR(24),
    "category_id" INTEGER NOT NULL,
    "department_id" INTEGER,
    "source" "CaseSource" NOT NULL,
    "officer_id" INTEGER,
    "x" DOUBLE PRECISION NOT NULL,
    "y" DOUBLE PRECISION NOT NULL,
    "reported" INTEGER NOT NULL,
    "officer_reports" INTEGER NOT NULL,
    "valid_officer_reports" INTEGER NOT NULL,
    "public_reports" INTEGER NOT NULL,
    "public_first" INTEGER NOT NULL,
    "verifies" INTEGER NOT NULL,
    "verifies_on_time" INTEGER NOT NULL,
    "accepted" INTEGER NOT NULL,
    "rejected" INTEGER NOT NULL,
    "merged" INTEGER NOT NULL,
    "invalid" INTEGER NOT NULL,
    "self_handled" INTEGER NOT NULL,
    "filed" INTEGER NOT NULL,
    "voided" INTEGER NOT NULL,
    "parked" INTEGER NOT NULL,
    "dispatched" INTEGER NOT NULL,
    "dispatches" INTEGER NOT NULL,
    "dispatches_on_time" INTEGER NOT NULL,
    "wrong_dispatches" INTEGER NOT NULL,
    "handled" INTEGER NOT NULL,
    "handles" INTEGER NOT NULL,
    "handles_on_time" INTEGER NOT NULL,
    "reworks" INTEGER NOT NULL,
    "checks" INTEGER NOT NULL,
    "checks_on_time" INTEGER NOT NULL,
    "extended" INTEGER NOT NULL,
    "closed" INTEGER NOT NULL,
    "closed_on_time" INTEGER NOT NULL,
    "handling_minutes" DOUBLE PRECISION,
    "handling_bucket" INTEGER,

    CONSTRAINT "metric_case_fact_pkey" PRIMARY KEY ("case_id")
);

-- CreateTable
CREATE TABLE "metric_rollup" (
    "dimension" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "grain" CHAR(1) NOT NULL,
    "period" DATE NOT NULL,
    "reported" INTEGER NOT NULL,
    "officer_reports" INTEGER NOT NULL,
    "valid_officer_reports" INTEGER NOT NULL,
    "public_reports" INTEGER NOT NULL,
    "public_first" INTEGER NOT NULL,
    "verifies" INTEGER NOT NULL,
    "verifies_on_time" INTEGER NOT NULL,
    "accepted" INTEGER NOT NULL,
    "rejected" INTEGER NOT NULL,
    "merged" INTEGER NOT NULL,
    "invalid" INTEGER NOT NULL,
    "self_handled" INTEGER NOT NULL,
    "filed" INTEGER NOT NULL,
    "voided" INTEGER NOT NULL,
    "parked" INTEGER NOT NULL,
    "dispatched" INTEGER NOT NULL,
    "dispatches" INTEGER NOT NULL,
    "dispatches_on_time" INTEGER NOT NULL,
    "wrong_dispatches" INTEGER NOT NULL,
    "handled" INTEGER NOT NULL,
    "handles" INTEGER NOT NULL,
    "handles_on_time" INTEGER NOT NULL,
    "reworks" INTEGER NOT NULL,
    "checks" INTEGER NOT NULL,
    "checks_on_time" INTEGER NOT NULL,
    "extended" INTEGER NOT NULL,
    "closed" INTEGER NOT NULL,
    "closed_on_time" INTEGER NOT NULL,
    "handling_minutes" DOUBLE PRECISION NOT NULL,
    "handling_cases" INTEGER NOT NULL,

    CONSTRAINT "metric_rollup_pkey" PRIMARY KEY ("dimension","area","key","grain","period")
);

-- CreateTable
CREATE TABLE "metric_handling_histogram" (
    "dimension" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "grain" CHAR(1) NOT NULL,
    "period" DATE NOT NULL,
    "bucket" INTEGER NOT NULL,
    "cases" INTEGER NOT NULL,

    CONSTRAINT "metric_handling_histogram_pkey" PRIMARY KEY ("dimension","area","key","grain","period","bucket")
);

-- CreateTable
CREATE TABLE "metric_weights" (
    "subject" TEXT NOT NULL,
    "weights" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "metric_weights_pkey" PRIMARY KEY ("subject")
);

-- CreateIndex
CREATE INDEX "metric_case_fact_cohort_day_grid_code_idx" ON "metric_case_fact"("cohort_day", "grid_code");

-- CreateIndex
CREATE INDEX "metric_case_fact_grid_code_cohort_day_idx" ON "metric_case_fact"("grid_code", "cohort_day");

-- CreateIndex
CREATE INDEX "metric_rollup_dimension_area_grain_period_key_idx" ON "metric_rollup"("dimension", "area", "grain", "period", "key");

-- The single state row (refreshMetrics fills in the calendar on its first run).
INSERT INTO "metric_state" ("id") VALUES (1);
ALTER TABLE "metric_state" ADD CONSTRAINT "metric_state_single_row" CHECK ("id" = 1);
ALTER TABLE "metric_rollup" ADD CONSTRAINT "metric_rollup_grain" CHECK ("grain" IN ('D', 'M'));
ALTER TABLE "metric_handling_histogram" ADD CONSTRAINT "metric_handling_histogram_grain" CHECK ("grain" IN ('D', 'M'));

-- Working minutes from the start of metric_work_day up to an instant, in the zone and work periods
-- of metric_state: the working minutes between two instants are the difference of two calls.
-- NULL outside the table's days. Kept in SQL so facts are computed set-based (docs/metrics.md).
CREATE FUNCTION metric_working_minute(instant timestamptz) RETURNS double precision
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT d.minutes_before + CASE WHEN d.is_working THEN (
      SELECT coalesce(sum(greatest(0, least(l.minute_of_day, p.end_minute) - p.start_minute)), 0)
      FROM unnest(s.period_starts, s.period_ends) AS p(start_minute, end_minute)) ELSE 0 END
  FROM metric_state s
  CROSS JOIN LATERAL (SELECT (instant AT TIME ZONE s.time_zone) AS local_time) t
  CROSS JOIN LATERAL (
    SELECT t.local_time::date AS local_day,
           extract(epoch FROM t.local_time - t.local_time::date) / 60 AS minute_of_day) l
  JOIN metric_work_day d ON d.day = l.local_day
  WHERE s.id = 1
$$;
