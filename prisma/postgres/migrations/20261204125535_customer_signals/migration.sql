-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "healthReasons" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "ExternalContact" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "externalUserId" TEXT NOT NULL,
    "userId" TEXT,
    "leadId" TEXT,
    "contactId" TEXT,
    "companyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExternalContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerSignal" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "externalUserId" TEXT NOT NULL,
    "userId" TEXT,
    "companyId" TEXT,
    "eventKey" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerSignal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExternalContact_leadId_idx" ON "ExternalContact"("leadId");

-- CreateIndex
CREATE INDEX "ExternalContact_companyId_idx" ON "ExternalContact"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalContact_platform_externalUserId_key" ON "ExternalContact"("platform", "externalUserId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerSignal_eventKey_key" ON "CustomerSignal"("eventKey");

-- CreateIndex
CREATE INDEX "CustomerSignal_companyId_occurredAt_idx" ON "CustomerSignal"("companyId", "occurredAt");

