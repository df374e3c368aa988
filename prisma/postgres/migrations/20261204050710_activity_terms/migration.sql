-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "termsIndexed" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ActivityTerm" (
    "term" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,

    CONSTRAINT "ActivityTerm_pkey" PRIMARY KEY ("term","activityId")
);

-- CreateIndex
CREATE INDEX "ActivityTerm_activityId_idx" ON "ActivityTerm"("activityId");

-- CreateIndex
CREATE INDEX "Activity_termsIndexed_idx" ON "Activity"("termsIndexed");

-- AddForeignKey
ALTER TABLE "ActivityTerm" ADD CONSTRAINT "ActivityTerm_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

