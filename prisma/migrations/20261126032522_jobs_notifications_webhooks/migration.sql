-- CreateEnum
CREATE TYPE "StepLight" AS ENUM ('YELLOW', 'RED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('STEP_YELLOW', 'STEP_RED');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- AlterTable
ALTER TABLE "case_event" ADD COLUMN     "xid" xid8 NOT NULL DEFAULT pg_current_xact_id();

-- AlterTable
ALTER TABLE "case_record" ADD COLUMN     "open311_client_id" INTEGER;

-- AlterTable
ALTER TABLE "open311_client" ADD COLUMN     "webhook_secret" TEXT,
ADD COLUMN     "webhook_url" TEXT;

-- CreateTable
CREATE TABLE "event_consumer" (
    "name" TEXT NOT NULL,
    "watermark" xid8 NOT NULL DEFAULT '0'::xid8,
    "last_event_id" BIGINT NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_consumer_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "step_alert" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "step" "CaseStep" NOT NULL,
    "step_started_at" TIMESTAMPTZ(3) NOT NULL,
    "light" "StepLight" NOT NULL,
    "deadline_at" TIMESTAMPTZ(3) NOT NULL,
    "raised_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "step_alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" BIGSERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "case_id" INTEGER,
    "step_alert_id" INTEGER,
    "title_zh" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_delivery" (
    "id" BIGSERIAL NOT NULL,
    "client_id" INTEGER NOT NULL,
    "case_id" INTEGER NOT NULL,
    "event_id" BIGINT NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "delivered_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex: consumers read the log by writing transaction (prisma/src/events).
CREATE INDEX "case_event_xid_id_idx" ON "case_event"("xid", "id");

-- CreateIndex
CREATE UNIQUE INDEX "step_alert_case_id_step_started_at_step_light_deadline_at_key" ON "step_alert"("case_id", "step_started_at", "step", "light", "deadline_at");

-- CreateIndex
CREATE INDEX "notification_user_id_id_idx" ON "notification"("user_id", "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "notification_step_alert_id_user_id_key" ON "notification"("step_alert_id", "user_id");

-- CreateIndex
CREATE INDEX "webhook_delivery_case_id_idx" ON "webhook_delivery"("case_id");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_delivery_client_id_event_id_key" ON "webhook_delivery"("client_id", "event_id");

-- AddForeignKey
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_open311_client_id_fkey" FOREIGN KEY ("open311_client_id") REFERENCES "open311_client"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "step_alert" ADD CONSTRAINT "step_alert_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case_record"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case_record"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_step_alert_id_fkey" FOREIGN KEY ("step_alert_id") REFERENCES "step_alert"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "open311_client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case_record"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (Prisma cannot declare them):
-- The escalation scan: running steps by the instant they turn yellow.
CREATE INDEX "case_record_running_step_warn_idx" ON "case_record" ("step_warn_at") WHERE "step" IS NOT NULL;
-- The unread badge.
CREATE INDEX "notification_unread_idx" ON "notification" ("user_id") WHERE "read_at" IS NULL;
