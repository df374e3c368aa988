-- CreateIndex
CREATE INDEX "Deal_stageId_atRisk_lastActivityAt_idx" ON "Deal"("stageId", "atRisk", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Ticket_createdAt_companyId_idx" ON "Ticket"("createdAt", "companyId");

-- CreateIndex
CREATE INDEX "Alert_kind_status_snoozedUntil_idx" ON "Alert"("kind", "status", "snoozedUntil");

