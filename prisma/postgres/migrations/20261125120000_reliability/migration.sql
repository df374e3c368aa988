-- PostgreSQL twin of prisma/migrations/20261125120000_reliability, written by `npm run db:migration`.

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "sourceEventKey" TEXT;

-- AlterTable
ALTER TABLE "ProcessedEvent" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "claimedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_sourceEventKey_key" ON "AuditLog"("sourceEventKey");
