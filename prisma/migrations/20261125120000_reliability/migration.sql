-- Reliability: idempotency key on audit rows, claim time and attempts on inbound events.
-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN "sourceEventKey" TEXT;

-- AlterTable
ALTER TABLE "ProcessedEvent" ADD COLUMN "claimedAt" DATETIME;
ALTER TABLE "ProcessedEvent" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_sourceEventKey_key" ON "AuditLog"("sourceEventKey");
