-- CreateTable
CREATE TABLE "ExternalContact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "externalUserId" TEXT NOT NULL,
    "userId" TEXT,
    "leadId" TEXT,
    "contactId" TEXT,
    "companyId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CustomerSignal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "externalUserId" TEXT NOT NULL,
    "userId" TEXT,
    "companyId" TEXT,
    "eventKey" TEXT NOT NULL,
    "occurredAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Company" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "industry" TEXT,
    "region" TEXT,
    "tier" TEXT NOT NULL DEFAULT 'C',
    "tags" TEXT NOT NULL DEFAULT '[]',
    "ownerId" TEXT,
    "teamId" TEXT,
    "healthScore" INTEGER,
    "healthReasons" TEXT NOT NULL DEFAULT '[]',
    "lastInteractionAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'prospect'
);
INSERT INTO "new_Company" ("aliases", "createdAt", "healthScore", "id", "industry", "lastInteractionAt", "name", "ownerId", "region", "searchKey", "status", "tags", "teamId", "tier", "updatedAt") SELECT "aliases", "createdAt", "healthScore", "id", "industry", "lastInteractionAt", "name", "ownerId", "region", "searchKey", "status", "tags", "teamId", "tier", "updatedAt" FROM "Company";
DROP TABLE "Company";
ALTER TABLE "new_Company" RENAME TO "Company";
CREATE INDEX "Company_searchKey_idx" ON "Company"("searchKey");
CREATE INDEX "Company_teamId_idx" ON "Company"("teamId");
CREATE INDEX "Company_tier_lastInteractionAt_idx" ON "Company"("tier", "lastInteractionAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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

