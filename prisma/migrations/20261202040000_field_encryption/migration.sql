-- AlterTable
ALTER TABLE "Contact" ADD COLUMN "emailHash" TEXT;
ALTER TABLE "Contact" ADD COLUMN "phoneHash" TEXT;

-- CreateIndex
CREATE INDEX "Contact_phoneHash_idx" ON "Contact"("phoneHash");

-- CreateIndex
CREATE INDEX "Contact_emailHash_idx" ON "Contact"("emailHash");

