-- CreateTable
CREATE TABLE "NumberedChoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL DEFAULT '',
    "choices" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "NumberedChoice_expiresAt_idx" ON "NumberedChoice"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "NumberedChoice_platform_conversationId_platformUserId_key" ON "NumberedChoice"("platform", "conversationId", "platformUserId");

