-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "aliases" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'prospect';

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "birthday" TEXT,
ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "tags" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "probability" INTEGER,
ADD COLUMN     "startsAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "deletedAt" TIMESTAMP(3);


-- A customer with a won deal is a customer, not a prospect.
UPDATE "Company" SET "status" = 'customer' WHERE "id" IN (SELECT "d"."companyId" FROM "Deal" AS "d" JOIN "PipelineStage" AS "s" ON "s"."id" = "d"."stageId" WHERE "s"."kind" = 'won');
