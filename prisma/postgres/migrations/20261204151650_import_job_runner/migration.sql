-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "leaseOwner" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "notify" TEXT;

-- CreateIndex
CREATE INDEX "ImportJob_status_idx" ON "ImportJob"("status");

