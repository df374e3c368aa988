-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_NumberedChoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL DEFAULT '',
    "choices" TEXT NOT NULL,
    "answer" TEXT NOT NULL DEFAULT '',
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_NumberedChoice" ("choices", "conversationId", "createdAt", "expiresAt", "id", "platform", "platformUserId") SELECT "choices", "conversationId", "createdAt", "expiresAt", "id", "platform", "platformUserId" FROM "NumberedChoice";
DROP TABLE "NumberedChoice";
ALTER TABLE "new_NumberedChoice" RENAME TO "NumberedChoice";
CREATE INDEX "NumberedChoice_expiresAt_idx" ON "NumberedChoice"("expiresAt");
CREATE UNIQUE INDEX "NumberedChoice_platform_conversationId_platformUserId_key" ON "NumberedChoice"("platform", "conversationId", "platformUserId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

