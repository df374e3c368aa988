-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'customers';

