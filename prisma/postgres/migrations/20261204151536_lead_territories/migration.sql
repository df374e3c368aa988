-- AlterTable
ALTER TABLE "User" ADD COLUMN     "industries" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "regions" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "industry" TEXT,
ADD COLUMN     "region" TEXT;

