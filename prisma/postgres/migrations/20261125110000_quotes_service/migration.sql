-- PostgreSQL twin of prisma/migrations/20261125110000_quotes_service, written by `npm run db:migration`.

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "supportAgent" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AssignmentCursor" (
    "key" TEXT NOT NULL,
    "lastUserId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssignmentCursor_pkey" PRIMARY KEY ("key")
);
