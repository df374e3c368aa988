-- PostgreSQL twin of prisma/migrations/20261125160000_numbered_choices, written by `npm run db:migration`.

-- CreateTable
CREATE TABLE "NumberedChoice" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL DEFAULT '',
    "choices" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NumberedChoice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NumberedChoice_expiresAt_idx" ON "NumberedChoice"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "NumberedChoice_platform_conversationId_platformUserId_key" ON "NumberedChoice"("platform", "conversationId", "platformUserId");
