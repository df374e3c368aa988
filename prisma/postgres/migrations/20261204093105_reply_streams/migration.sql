-- CreateTable
CREATE TABLE "ReplyStream" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "responseUrl" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReplyStream_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplyStreamPart" (
    "streamId" TEXT NOT NULL,
    "part" INTEGER NOT NULL,
    "of" INTEGER NOT NULL,
    "content" TEXT NOT NULL,

    CONSTRAINT "ReplyStreamPart_pkey" PRIMARY KEY ("streamId","part")
);

-- CreateIndex
CREATE INDEX "ReplyStream_expiresAt_idx" ON "ReplyStream"("expiresAt");

-- AddForeignKey
ALTER TABLE "ReplyStreamPart" ADD CONSTRAINT "ReplyStreamPart_streamId_fkey" FOREIGN KEY ("streamId") REFERENCES "ReplyStream"("id") ON DELETE CASCADE ON UPDATE CASCADE;

