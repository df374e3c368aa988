-- AlterTable
ALTER TABLE "NumberedChoice" ADD COLUMN     "answer" TEXT NOT NULL DEFAULT '';

