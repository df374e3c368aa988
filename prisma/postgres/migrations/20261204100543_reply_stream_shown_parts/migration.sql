-- AlterTable
ALTER TABLE "ReplyStream" ADD COLUMN     "shownParts" INTEGER;

