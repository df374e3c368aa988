import { batchProgress } from "./batch-progress.js";
import { writeAudit } from "../audit/audit.service.js";
import { contactHashes } from "../contacts/contact-lookup.js";
import { companyKeysOf } from "../leads/lead-duplicates.js";
import { scoreLead, type LeadScoreRules } from "../leads/lead-score.js";
import { type LeadRow, type LeadService, withoutContactDetails } from "../leads/lead.service.js";
import { type LeadStatus, OPEN_LEAD_STATUSES } from "../leads/lead.schemas.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, Tx } from "../shared/db.js";
import { ConflictError } from "../shared/errors.js";
import { toJson } from "../shared/json.js";
import { newRecordId } from "../shared/record-id.js";
import { personSearchKey } from "../shared/search-key.js";
import type { SensitiveFields } from "../shared/sensitive-fields.js";
import type { ImportLease } from "./import-job-lease.js";
import type { ImportProblem } from "./import-row.js";
import type { ImportService, OnExisting } from "./import.service.js";
import { type CheckedLead, checkLeadRow } from "./lead-import-check.js";
import { LeadImportContext, personKeys, type RowMatches } from "./lead-import-context.js";
import type { LeadRowPlan } from "./lead-import-row.js";
import { LeadBatch } from "./lead-import-batch.js";
import { undoLeadImport } from "./lead-import-undo.js";

type Job = Awaited<ReturnType<ImportService["job"]>>;
type Kind = "new" | "update" | "skip" | "repeat";
const OPEN: readonly string[] = OPEN_LEAD_STATUSES;

/**
 * Spreadsheet imports of leads (ImportJob.kind "leads"): one lead per row, checked for duplicates
 * by the lead service's rules — the same phone or email as a lead (filled in or skipped, as the
 * importer chose) or as a customer's contact (refused: the person is a customer already) — and
 * for repeats within the file (phone, email or WeChat). Phone, email and WeChat are sealed and
 * hashed as the lead service stores them. A commit goes batch by batch like the customer import's
 * (one transaction each, moving the job's doneRows, refused when offered twice), with one
 * multi-row insert per table; the job's ImportedRecord rows let `import undo` take it back.
 */
export class LeadImportService {
  /** The matching context of each job this process is committing (built once, then kept current). */
  private readonly contexts = new Map<string, LeadImportContext>();

  constructor(
    private readonly db: Db,
    private readonly fields: SensitiveFields,
    private readonly clock: Clock,
    private readonly imports: ImportService,
    private readonly leads: LeadService,
  ) {}

  /** A previewed job read as leads or as customers from now on; its column changes start over (they were for the other kind). */
  async setKind(actor: Actor, jobId: string, kind: "customers" | "leads", mapping: unknown, totalRows: number): Promise<Job> {
    const job = await this.imports.job(actor, jobId);
    if (job.status !== "previewed") throw new ConflictError("import", jobId);
    return this.db.importJob.update({ where: { id: jobId }, data: { kind, mapping: JSON.stringify(mapping), totalRows } });
  }

  /** The matching context for a preview taken a chunk at a time (each chunk's people are known to the next). */
  previewContext(): Promise<LeadImportContext> {
    return LeadImportContext.load(this.db, this.fields, null);
  }

  /** What each row would do, writing nothing (`first` is the first row's number in the sheet). */
  async preview(actor: Actor, rows: readonly unknown[], onExisting: OnExisting, first: number, ctx: LeadImportContext): Promise<LeadRowPlan[]> {
    const now = this.clock.now();
    const checked = rows.map((raw) => checkLeadRow(actor, raw, ctx, now));
    const matches = await LeadImportContext.matchesOf(this.db, this.fields, checked.map(reachOf));
    return checked.map((c, i): LeadRowPlan => {
      const row = first + i;
      if (!c.ok) return { row, action: "invalid", problem: c.problem };
      const kind = this.classify(actor, c.lead, matches[i]!, ctx, onExisting);
      if (typeof kind === "object") return { row, action: "invalid", problem: kind };
      const { unknownSource, unknownCampaign } = c.lead;
      return {
        row,
        action: kind,
        name: c.lead.name,
        source: c.lead.source,
        ...(unknownSource ? { unknownSource } : {}),
        ...(unknownCampaign ? { unknownCampaign } : {}),
      };
    });
  }

  /**
   * Commits rows [from, from + rows.length) of a lead job in one transaction; refused
   * (ConflictError) unless the job's committed rows end exactly at `from` and, with a `lease`,
   * that runner still holds the job (its claim renewed with the batch), as ImportService.commitBatch.
   */
  async commitBatch(actor: Actor, jobId: string, from: number, rows: readonly unknown[], lease?: ImportLease): Promise<Job> {
    const held = await this.imports.job(actor, jobId);
    if (held.kind !== "leads") throw new ConflictError("import", jobId);
    const ctx = await this.contextOf(jobId);
    const rules = await this.leads.scoreRules();
    const now = this.clock.now();
    const checked = rows.map((raw) => checkLeadRow(actor, raw, ctx, now));
    const seenBefore = new Set(ctx.seen);
    const oursBefore = new Set(ctx.ours);
    try {
      return await this.db.$transaction(async (tx) => {
        const guard = await tx.importJob.updateMany({
          where: { id: jobId, doneRows: from, status: { in: ["previewed", "running"] }, ...(lease ? { leaseOwner: lease.owner } : {}) },
          data: lease ? { leaseUntil: lease.until() } : { status: "running" },
        });
        if (guard.count !== 1) throw new ConflictError("import", jobId);
        const job = await tx.importJob.findUniqueOrThrow({ where: { id: jobId } });
        const matches = await LeadImportContext.matchesOf(tx, this.fields, checked.map(reachOf));
        const counts = { created: 0, updated: 0, skipped: 0, rejected: 0 };
        const errors = JSON.parse(job.errors) as { row: number; problem: ImportProblem }[];
        const batch = new LeadBatch(actor);
        for (const [i, c] of checked.entries()) {
          const outcome = c.ok ? await this.apply(tx, actor, job, ctx, c.lead, matches[i]!, batch, rules) : c.problem;
          if (typeof outcome === "object") {
            counts.rejected += 1;
            errors.push({ row: from + i + 2, problem: outcome });
          } else counts[outcome] += 1;
        }
        await batch.flush(this.db, tx, jobId);
        return tx.importJob.update({
          where: { id: jobId },
          data: batchProgress(from + rows.length, counts, errors),
        });
      });
    } catch (error) {
      // The transaction rolled back: what the context learned from this batch is forgotten.
      ctx.seen.clear();
      for (const key of seenBefore) ctx.seen.add(key);
      ctx.ours.clear();
      for (const id of oursBefore) ctx.ours.add(id);
      throw error;
    }
  }

  /** The job is done (or given up): its context is no longer needed. */
  forget(jobId: string): void {
    this.contexts.delete(jobId);
  }

  /**
   * Takes a lead import back as one unit: the leads it created are deleted, those it filled in get
   * their earlier values. Refused, changing nothing, once anyone worked on them since (a note, a
   * status, an edit, a conversion); a claim or an assignment alone does not hold it back.
   */
  async undo(actor: Actor, jobId: string): Promise<{ job: Job; blockedBy: number }> {
    const job = await this.imports.job(actor, jobId);
    if (job.kind !== "leads" || (job.status !== "done" && job.status !== "running" && job.status !== "failed")) throw new ConflictError("import", jobId);
    this.contexts.delete(jobId);
    return undoLeadImport(this.db, actor, job);
  }

  /**
   * new, or the existing lead with the same phone or email filled in ("update") or left ("skip"),
   * or a repeat of an earlier row; a person who is a customer's contact, or another team's open
   * lead the importer may not change, is refused with the reason. The row's people are remembered.
   */
  private classify(actor: Actor, lead: CheckedLead, match: RowMatches, ctx: LeadImportContext, onExisting: OnExisting): Kind | ImportProblem {
    const keys = personKeys({ phone: lead.phone ?? undefined, email: lead.email ?? undefined, wechat: lead.wechatId ?? undefined });
    const repeat = keys.some((k) => ctx.seen.has(k)) || (match.lead !== undefined && ctx.ours.has(match.lead.id));
    for (const key of keys) ctx.seen.add(key);
    if (repeat) return "repeat";
    if (match.lead) {
      if (!OPEN.includes(match.lead.status as LeadStatus) || onExisting === "skip") return "skip";
      if (!this.leads.mayChange(actor, match.lead)) return { code: "lead-elsewhere", value: lead.name };
      return "update";
    }
    if (match.contact) {
      const visible = actor.role === "admin" || match.contact.company.teamId === actor.teamId || match.contact.company.ownerId === actor.userId;
      return { code: "known-contact", value: visible ? `${match.contact.name} (${match.contact.company.name})` : "" };
    }
    return "new";
  }

  private async apply(
    tx: Tx,
    actor: Actor,
    job: Job,
    ctx: LeadImportContext,
    lead: CheckedLead,
    match: RowMatches,
    batch: LeadBatch,
    rules: LeadScoreRules,
  ): Promise<"created" | "updated" | "skipped" | ImportProblem> {
    const kind = this.classify(actor, lead, match, ctx, job.onExisting as OnExisting);
    if (typeof kind === "object") return kind;
    if (kind === "repeat" || kind === "skip") return "skipped";
    if (kind === "update") return (await this.fill(tx, actor, match.lead!, lead, batch, rules)) ? "updated" : "skipped";
    const now = this.clock.now();
    const plain = { name: lead.name, companyName: lead.companyName, title: lead.title, phone: lead.phone, email: lead.email, wechatId: lead.wechatId };
    const { score, reasons } = scoreLead({ ...plain, source: lead.source, touches: 0 }, rules);
    const id = newRecordId();
    const row = {
      id,
      number: await batch.leadNumber(tx),
      ...this.fields.seal("Lead", plain),
      ...contactHashes(this.fields.cipher, plain),
      searchKey: personSearchKey(lead.name),
      companyKey: lead.companyName ? ctx.companyKey(lead.companyName) : null,
      source: lead.source,
      sourceId: null,
      externalId: null,
      campaignId: lead.campaignId,
      region: lead.region,
      industry: lead.industry,
      notes: lead.notes,
      status: "new",
      disqualifiedReason: null,
      ownerId: lead.ownerId,
      teamId: lead.teamId,
      score,
      scoreReasons: JSON.stringify(reasons),
      touches: 0,
      // The pool clocks (lead-assign, lead-return) count from the import, not from the sheet's date.
      lastTouchedAt: now,
      claimedAt: lead.ownerId ? now : null,
      convertedAt: null,
      companyId: null,
      contactId: null,
      dealId: null,
      createdAt: lead.createdAt ?? now,
      updatedAt: now,
      version: 0,
    };
    batch.leads.push(row);
    batch.audit("lead.create", id, row);
    batch.records.push({ entityId: id, action: "created" });
    ctx.ours.add(id);
    return "created";
  }

  /** What the sheet knows and the open lead lacks (company, title, region, industry, phone, email, WeChat), and its note appended. */
  private async fill(tx: Tx, actor: Actor, stored: LeadRow, lead: CheckedLead, batch: LeadBatch, rules: LeadScoreRules): Promise<boolean> {
    const plain = this.fields.open("Lead", stored);
    const patch: Record<string, unknown> = {};
    if (!plain.companyName && lead.companyName) Object.assign(patch, { companyName: lead.companyName, companyKey: companyKeysOf(lead.companyName)[0] ?? null });
    for (const f of ["title", "region", "industry", "phone", "email", "wechatId"] as const) if (!plain[f] && lead[f]) patch[f] = lead[f];
    if (lead.notes)
      patch.notes = [stored.notes, `${this.clock.now().toISOString().slice(0, 10)} ${withoutContactDetails(lead.notes)}`]
        .filter(Boolean)
        .join("\n")
        .slice(-8000);
    if (Object.keys(patch).length === 0) return false;
    if (patch.phone || patch.email)
      Object.assign(patch, contactHashes(this.fields.cipher, { phone: plain.phone ?? lead.phone, email: plain.email ?? lead.email }));
    const next = { ...plain, ...patch } as typeof plain;
    const { score, reasons } = scoreLead(next, rules);
    const data = { ...this.fields.seal("Lead", patch), score, scoreReasons: JSON.stringify(reasons) };
    const before = Object.fromEntries(Object.keys(data).map((k) => [k, stored[k as keyof LeadRow] ?? null]));
    const after = await tx.lead.update({ where: { id: stored.id }, data: { ...data, version: { increment: 1 } } });
    await writeAudit(tx, actor, { action: "lead.merge", entityType: "lead", entityId: stored.id, before: stored, after });
    batch.records.push({ entityId: stored.id, action: "updated", before: toJson(before) });
    return true;
  }

  private async contextOf(jobId: string): Promise<LeadImportContext> {
    const cached = this.contexts.get(jobId);
    if (cached) return cached;
    const ctx = await LeadImportContext.load(this.db, this.fields, jobId);
    this.contexts.set(jobId, ctx);
    return ctx;
  }
}

const reachOf = (c: ReturnType<typeof checkLeadRow>) => (c.ok ? { phone: c.lead.phone ?? undefined, email: c.lead.email ?? undefined } : {});
