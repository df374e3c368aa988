-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ImportJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sourcePath" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'previewed',
    "mapping" TEXT NOT NULL,
    "onExisting" TEXT NOT NULL DEFAULT 'update',
    "totalRows" INTEGER NOT NULL,
    "doneRows" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "errors" TEXT NOT NULL DEFAULT '[]',
    "notify" TEXT,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "kind" TEXT NOT NULL DEFAULT 'customers',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ImportJob" ("actorId", "created", "createdAt", "doneRows", "errors", "fileName", "id", "leaseOwner", "leaseUntil", "mapping", "notify", "onExisting", "rejected", "skipped", "sourcePath", "status", "totalRows", "updated", "updatedAt") SELECT "actorId", "created", "createdAt", "doneRows", "errors", "fileName", "id", "leaseOwner", "leaseUntil", "mapping", "notify", "onExisting", "rejected", "skipped", "sourcePath", "status", "totalRows", "updated", "updatedAt" FROM "ImportJob";
DROP TABLE "ImportJob";
ALTER TABLE "new_ImportJob" RENAME TO "ImportJob";
CREATE INDEX "ImportJob_actorId_createdAt_idx" ON "ImportJob"("actorId", "createdAt");
CREATE INDEX "ImportJob_status_idx" ON "ImportJob"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

