-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN "leaseOwner" TEXT;
ALTER TABLE "ImportJob" ADD COLUMN "leaseUntil" DATETIME;
ALTER TABLE "ImportJob" ADD COLUMN "notify" TEXT;

-- CreateIndex
CREATE INDEX "ImportJob_status_idx" ON "ImportJob"("status");

