-- CreateTable
CREATE TABLE "SendWindowSlot" (
    "id" TEXT NOT NULL,
    "window" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SendWindowSlot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SendWindowSlot_window_at_idx" ON "SendWindowSlot"("window", "at");

