-- CreateTable
CREATE TABLE "ExchangeRate" (
    "currency" TEXT NOT NULL PRIMARY KEY,
    "rateMicro" BIGINT NOT NULL,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL
);

