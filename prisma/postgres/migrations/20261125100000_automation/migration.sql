-- PostgreSQL twin of prisma/migrations/20261125100000_automation, written by `npm run db:migration`.

-- CreateIndex
CREATE INDEX "Deal_stageId_atRisk_lastActivityAt_amountMinor_idx" ON "Deal"("stageId", "atRisk", "lastActivityAt", "amountMinor");

-- CreateIndex
CREATE INDEX "Deal_teamId_expectedCloseAt_idx" ON "Deal"("teamId", "expectedCloseAt");

-- CreateIndex
CREATE INDEX "Deal_teamId_amountMinor_idx" ON "Deal"("teamId", "amountMinor");

-- CreateIndex
CREATE INDEX "Deal_teamId_stageId_currency_amountMinor_idx" ON "Deal"("teamId", "stageId", "currency", "amountMinor");

-- CreateIndex
CREATE INDEX "Ticket_createdAt_companyId_idx" ON "Ticket"("createdAt", "companyId");

-- CreateIndex
CREATE INDEX "Alert_kind_status_snoozedUntil_idx" ON "Alert"("kind", "status", "snoozedUntil");
