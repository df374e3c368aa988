-- CreateTable
CREATE TABLE "ReplyStream" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "responseUrl" TEXT,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReplyStreamPart" (
    "streamId" TEXT NOT NULL,
    "part" INTEGER NOT NULL,
    "of" INTEGER NOT NULL,
    "content" TEXT NOT NULL,

    PRIMARY KEY ("streamId", "part"),
    CONSTRAINT "ReplyStreamPart_streamId_fkey" FOREIGN KEY ("streamId") REFERENCES "ReplyStream" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReplyStream_expiresAt_idx" ON "ReplyStream"("expiresAt");

