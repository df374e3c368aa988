-- AlterTable
ALTER TABLE "Deal" ADD COLUMN "probability" INTEGER;
ALTER TABLE "Deal" ADD COLUMN "startsAt" DATETIME;

-- CreateTable
CREATE TABLE "DeletedRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "number" INTEGER,
    "label" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "deletedById" TEXT,
    "deletedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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
    "lastInteractionAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'prospect'
);
INSERT INTO "new_Company" ("createdAt", "healthScore", "id", "industry", "lastInteractionAt", "name", "ownerId", "region", "searchKey", "tags", "teamId", "tier", "updatedAt") SELECT "createdAt", "healthScore", "id", "industry", "lastInteractionAt", "name", "ownerId", "region", "searchKey", "tags", "teamId", "tier", "updatedAt" FROM "Company";
DROP TABLE "Company";
ALTER TABLE "new_Company" RENAME TO "Company";
CREATE INDEX "Company_searchKey_idx" ON "Company"("searchKey");
CREATE INDEX "Company_teamId_idx" ON "Company"("teamId");
CREATE INDEX "Company_tier_lastInteractionAt_idx" ON "Company"("tier", "lastInteractionAt");
CREATE TABLE "new_Contact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "companyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "title" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "wechatId" TEXT,
    "phoneHash" TEXT,
    "emailHash" TEXT,
    "ownerId" TEXT,
    "erasedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "birthday" TEXT,
    "tags" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Contact_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Contact" ("companyId", "createdAt", "email", "emailHash", "erasedAt", "id", "name", "ownerId", "phone", "phoneHash", "searchKey", "title", "updatedAt", "wechatId") SELECT "companyId", "createdAt", "email", "emailHash", "erasedAt", "id", "name", "ownerId", "phone", "phoneHash", "searchKey", "title", "updatedAt", "wechatId" FROM "Contact";
DROP TABLE "Contact";
ALTER TABLE "new_Contact" RENAME TO "Contact";
CREATE INDEX "Contact_companyId_idx" ON "Contact"("companyId");
CREATE INDEX "Contact_searchKey_idx" ON "Contact"("searchKey");
CREATE INDEX "Contact_phoneHash_idx" ON "Contact"("phoneHash");
CREATE INDEX "Contact_emailHash_idx" ON "Contact"("emailHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DeletedRecord_entityType_entityId_idx" ON "DeletedRecord"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "DeletedRecord_deletedAt_idx" ON "DeletedRecord"("deletedAt");


-- A customer with a won deal is a customer, not a prospect.
UPDATE "Company" SET "status" = 'customer' WHERE "id" IN (SELECT "d"."companyId" FROM "Deal" AS "d" JOIN "PipelineStage" AS "s" ON "s"."id" = "d"."stageId" WHERE "s"."kind" = 'won');
