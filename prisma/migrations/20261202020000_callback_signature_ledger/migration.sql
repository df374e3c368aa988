-- CreateTable
CREATE TABLE "UsedCallbackSignature" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "UsedCallbackSignature_expiresAt_idx" ON "UsedCallbackSignature"("expiresAt");

