-- Service rota: agents flag and the durable round-robin cursor.
ALTER TABLE "User" ADD COLUMN "supportAgent" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "AssignmentCursor" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "lastUserId" TEXT,
    "updatedAt" DATETIME NOT NULL
);
