-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "aliases" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'prospect';

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "birthday" TEXT,
ADD COLUMN     "tags" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "probability" INTEGER,
ADD COLUMN     "startsAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DeletedRecord" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "number" INTEGER,
    "label" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "deletedById" TEXT,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeletedRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeletedRecord_entityType_entityId_idx" ON "DeletedRecord"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "DeletedRecord_deletedAt_idx" ON "DeletedRecord"("deletedAt");


-- A customer with a won deal is a customer, not a prospect.
UPDATE "Company" SET "status" = 'customer' WHERE "id" IN (SELECT "d"."companyId" FROM "Deal" AS "d" JOIN "PipelineStage" AS "s" ON "s"."id" = "d"."stageId" WHERE "s"."kind" = 'won');
