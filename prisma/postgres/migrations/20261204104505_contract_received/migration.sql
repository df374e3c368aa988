-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "receivedMinor" BIGINT NOT NULL DEFAULT 0;


-- Contracts paid on before the column existed: their received sum from their payments.
UPDATE "Contract" SET "receivedMinor" = (SELECT COALESCE(SUM("amountMinor"), 0) FROM "Payment" WHERE "Payment"."contractId" = "Contract"."id");
