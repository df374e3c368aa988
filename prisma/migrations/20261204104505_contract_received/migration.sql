-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Contract" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" INTEGER NOT NULL,
    "dealId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "teamId" TEXT,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "signedAt" DATETIME NOT NULL,
    "receivedMinor" BIGINT NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Contract_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Contract_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Contract_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Contract" ("amountMinor", "companyId", "createdAt", "currency", "dealId", "id", "number", "ownerId", "signedAt", "teamId", "updatedAt") SELECT "amountMinor", "companyId", "createdAt", "currency", "dealId", "id", "number", "ownerId", "signedAt", "teamId", "updatedAt" FROM "Contract";
DROP TABLE "Contract";
ALTER TABLE "new_Contract" RENAME TO "Contract";
CREATE UNIQUE INDEX "Contract_number_key" ON "Contract"("number");
CREATE UNIQUE INDEX "Contract_dealId_key" ON "Contract"("dealId");
CREATE INDEX "Contract_ownerId_idx" ON "Contract"("ownerId");
CREATE INDEX "Contract_teamId_idx" ON "Contract"("teamId");
CREATE INDEX "Contract_companyId_idx" ON "Contract"("companyId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Contracts paid on before the column existed: their received sum from their payments.
UPDATE "Contract" SET "receivedMinor" = (SELECT COALESCE(SUM("amountMinor"), 0) FROM "Payment" WHERE "Payment"."contractId" = "Contract"."id");
