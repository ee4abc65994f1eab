-- The work calendar (DESIGN.md §2.3): days that differ from their weekday's rule (statutory holidays,
-- make-up working days 调休) and the deployment's work periods and weekend days, with the official
-- arrangements for 2025 and 2026 so a fresh deployment counts working time right from its first case.

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'MAKE_UP_WORKDAY');

-- CreateTable
CREATE TABLE "calendar_day" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "calendar_day_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "work_calendar_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "work_periods" TEXT[] DEFAULT ARRAY['08:00-12:00', '14:00-18:00']::TEXT[],
    "weekend_days" INTEGER[] DEFAULT ARRAY[6, 7]::INTEGER[],
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "work_calendar_settings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "calendar_day_year_idx" ON "calendar_day"("year");

-- Checks Prisma cannot declare.
ALTER TABLE "calendar_day" ADD CONSTRAINT "calendar_day_year" CHECK (
  "year" = EXTRACT(YEAR FROM "date")::int
  OR ("year" = EXTRACT(YEAR FROM "date")::int + 1 AND EXTRACT(MONTH FROM "date") = 12 AND EXTRACT(DAY FROM "date") >= 25));
ALTER TABLE "calendar_day" ADD CONSTRAINT "calendar_day_name" CHECK (
  length(btrim("name")) BETWEEN 1 AND 50 AND length(COALESCE("note", '')) <= 500);

ALTER TABLE "work_calendar_settings" ADD CONSTRAINT "work_calendar_settings_single_row" CHECK ("id" = 1);
ALTER TABLE "work_calendar_settings" ADD CONSTRAINT "work_calendar_settings_work_periods" CHECK (
  "work_periods" IS NOT NULL AND cardinality("work_periods") BETWEEN 1 AND 6
  AND array_position("work_periods", NULL) IS NULL
  AND array_to_string("work_periods", ',') ~
    '^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)(,([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00))*$');
ALTER TABLE "work_calendar_settings" ADD CONSTRAINT "work_calendar_settings_weekend_days" CHECK (
  "weekend_days" IS NOT NULL AND "weekend_days" <@ ARRAY[1, 2, 3, 4, 5, 6, 7] AND cardinality("weekend_days") <= 6);
ALTER TABLE "work_calendar_settings" ADD CONSTRAINT "work_calendar_settings_revision" CHECK ("revision" >= 1);

INSERT INTO "work_calendar_settings" ("id") VALUES (1);

-- Every change to the settings row bumps its revision; the row itself cannot be deleted (the
-- calendar would silently fall back to nothing).
CREATE FUNCTION "work_calendar_settings_revise"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."revision" := OLD."revision" + 1;
  NEW."updated_at" := now();
  RETURN NEW;
END $$;
CREATE TRIGGER "work_calendar_settings_revise" BEFORE UPDATE ON "work_calendar_settings"
  FOR EACH ROW EXECUTE FUNCTION "work_calendar_settings_revise"();

CREATE FUNCTION "work_calendar_settings_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'work_calendar_settings keeps its one row; update it instead' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "work_calendar_settings_keep" BEFORE DELETE ON "work_calendar_settings"
  FOR EACH ROW EXECUTE FUNCTION "work_calendar_settings_keep"();

-- Any statement on calendar_day (an admin's import or edit, or a hand-written fix) bumps the revision
-- in the same transaction, so every API instance reloads its calendar and never misses a deletion.
CREATE FUNCTION "calendar_day_revises_calendar"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "work_calendar_settings" SET "revision" = "revision" WHERE "id" = 1;
  RETURN NULL;
END $$;
CREATE TRIGGER "calendar_day_revises_calendar" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "calendar_day"
  FOR EACH STATEMENT EXECUTE FUNCTION "calendar_day_revises_calendar"();

-- The official arrangements. 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号,
-- 2024-11-12). 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04). Holiday ranges include
-- the weekend days inside them, as the notices count them.
INSERT INTO "calendar_day" ("date", "kind", "year", "name", "note", "updated_at")
SELECT day::date, 'HOLIDAY', arrangement.year, arrangement.name, arrangement.note, now()
FROM (VALUES
  (2025, '2025-01-01', '2025-01-01', '元旦', '国办发明电〔2024〕12号'),
  (2025, '2025-01-28', '2025-02-04', '春节', '国办发明电〔2024〕12号'),
  (2025, '2025-04-04', '2025-04-06', '清明节', '国办发明电〔2024〕12号'),
  (2025, '2025-05-01', '2025-05-05', '劳动节', '国办发明电〔2024〕12号'),
  (2025, '2025-05-31', '2025-06-02', '端午节', '国办发明电〔2024〕12号'),
  (2025, '2025-10-01', '2025-10-08', '国庆节、中秋节', '国办发明电〔2024〕12号'),
  (2026, '2026-01-01', '2026-01-03', '元旦', '国务院办公厅 2025-11-04 通知'),
  (2026, '2026-02-15', '2026-02-23', '春节', '国务院办公厅 2025-11-04 通知'),
  (2026, '2026-04-04', '2026-04-06', '清明节', '国务院办公厅 2025-11-04 通知'),
  (2026, '2026-05-01', '2026-05-05', '劳动节', '国务院办公厅 2025-11-04 通知'),
  (2026, '2026-06-19', '2026-06-21', '端午节', '国务院办公厅 2025-11-04 通知'),
  (2026, '2026-09-25', '2026-09-27', '中秋节', '国务院办公厅 2025-11-04 通知'),
  (2026, '2026-10-01', '2026-10-07', '国庆节', '国务院办公厅 2025-11-04 通知')
) AS arrangement(year, first_day, last_day, name, note),
  generate_series(arrangement.first_day::date, arrangement.last_day::date, interval '1 day') AS day;

INSERT INTO "calendar_day" ("date", "kind", "year", "name", "note", "updated_at")
SELECT day::date, 'MAKE_UP_WORKDAY', year, name, note, now()
FROM (VALUES
  ('2025-01-26', 2025, '春节', '国办发明电〔2024〕12号'),
  ('2025-02-08', 2025, '春节', '国办发明电〔2024〕12号'),
  ('2025-04-27', 2025, '劳动节', '国办发明电〔2024〕12号'),
  ('2025-09-28', 2025, '国庆节、中秋节', '国办发明电〔2024〕12号'),
  ('2025-10-11', 2025, '国庆节、中秋节', '国办发明电〔2024〕12号'),
  ('2026-01-04', 2026, '元旦', '国务院办公厅 2025-11-04 通知'),
  ('2026-02-14', 2026, '春节', '国务院办公厅 2025-11-04 通知'),
  ('2026-02-28', 2026, '春节', '国务院办公厅 2025-11-04 通知'),
  ('2026-05-09', 2026, '劳动节', '国务院办公厅 2025-11-04 通知'),
  ('2026-09-20', 2026, '国庆节', '国务院办公厅 2025-11-04 通知'),
  ('2026-10-10', 2026, '国庆节', '国务院办公厅 2025-11-04 通知')
) AS make_up(day, year, name, note);
