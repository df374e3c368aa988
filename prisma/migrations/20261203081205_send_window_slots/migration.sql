-- CreateTable
CREATE TABLE "SendWindowSlot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "window" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SendWindowSlot_window_at_idx" ON "SendWindowSlot"("window", "at");

