-- CreateTable
CREATE TABLE "UsedCallbackSignature" (
    "key" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UsedCallbackSignature_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "UsedCallbackSignature_expiresAt_idx" ON "UsedCallbackSignature"("expiresAt");

