import { batchProgress } from "./batch-progress.js";
import { writeAudit } from "../audit/audit.service.js";
import { contactInputSchema } from "../companies/company.schemas.js";
import { contactHashes } from "../contacts/contact-lookup.js";
import type { StageService } from "../pipeline/stage.service.js";
import type { Clock } from "../shared/clock.js";
import { nextNumber } from "../shared/next-number.js";
import { personSearchKey } from "../shared/search-key.js";
import { toJson } from "../shared/json.js";
import { newRecordId } from "../shared/record-id.js";
import type { SensitiveFields } from "../shared/sensitive-fields.js";
import type { Actor } from "../shared/actor.js";
import type { Db, Tx } from "../shared/db.js";
import { ConflictError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { mayWriteCustomer } from "../users/customer-access.js";
import { type BatchPerson, ImportBatchData } from "./import-batch-data.js";
import { ImportContext, type KnownCompany } from "./import-context.js";
import { type ImportLease, type ImportNotify, importNotifySchema } from "./import-job-lease.js";
import { insertRows } from "./multi-row-insert.js";
import { importCardFor } from "./import-run-store.js";
import { enqueueCardUpdates, enqueueOutbound, type OutboundMessage } from "../outbox/outbox.js";
import { type ImportProblem, type ImportRow, importRowSchema, type RowPlan } from "./import-row.js";

export type OnExisting = "update" | "skip";
/** What the end of an import tells its chat: messages, and the final state of its progress cards. */
export interface FinishReport {
  messages?: OutboundMessage[];
  cardUpdate?: unknown;
}
type Job = NonNullable<Awaited<ReturnType<Db["importJob"]["findUnique"]>>>;
/**
 * What a row's customer is to the import (the preview and the commit read it alike): new, one an
 * earlier row created ("repeat"), another team's ("not-writable"), or an existing one to update or skip.
 */
function customerOf(actor: Actor, known: KnownCompany | undefined, onExisting: OnExisting): "new" | "repeat" | "not-writable" | OnExisting {
  if (!known) return "new";
  if (known.ours) return "repeat";
  return mayWriteCustomer(actor, known) ? onExisting : "not-writable";
}

/** A record a batch wrote, kept for the undo (inserted with the batch). */
type WrittenRecord = { entityType: string; entityId: string; action: "created" | "updated"; before?: string };

/**
 * The rows of one batch, gathered and then inserted together (one insert per table): a row only
 * decides what to write; ids are made here, deal numbers counted on from the batch's first.
 */
class BatchWrites {
  readonly companies: Record<string, unknown>[] = [];
  readonly contacts: Record<string, unknown>[] = [];
  readonly deals: Record<string, unknown>[] = [];
  readonly stageChanges: Record<string, unknown>[] = [];
  readonly audits: Record<string, unknown>[] = [];
  readonly records: WrittenRecord[] = [];
  /** What the batch's rows need of the customers that existed before it (read once for the batch). */
  data = ImportBatchData.empty();
  private nextDeal: number | undefined;

  async dealNumber(tx: Tx): Promise<number> {
    this.nextDeal ??= await nextNumber(tx, "deal");
    return this.nextDeal++;
  }

  audit(actor: Actor, action: string, entityType: string, entityId: string, after: unknown): void {
    // The wall clock, as Prisma's @default(now()) gives writeAudit's rows (an undo compares them with later edits).
    this.audits.push({
      id: newRecordId(),
      actorId: actor.userId,
      channel: actor.channel ?? null,
      action,
      entityType,
      entityId,
      after: toJson(after),
      createdAt: new Date(),
    });
  }

  /** One multi-row insert per table (see insertRows), parents before children. */
  async flush(db: Db, tx: Tx, jobId: string): Promise<void> {
    await insertRows(db, tx, "Company", this.companies);
    await insertRows(db, tx, "Contact", this.contacts);
    await insertRows(db, tx, "Deal", this.deals);
    await insertRows(db, tx, "DealStageChange", this.stageChanges);
    await insertRows(db, tx, "AuditLog", this.audits);
    await insertRows(
      db,
      tx,
      "ImportedRecord",
      this.records.map((r) => ({ id: newRecordId(), jobId, entityType: r.entityType, entityId: r.entityId, action: r.action, before: r.before ?? null })),
    );
  }
}

/** A row read and checked: what it will do, or why not. */
type Checked = { ok: true; row: ImportRow; ownerId?: string; ownerTeamId?: string | null; stageKey?: string } | { ok: false; problem: ImportProblem };

/**
 * Spreadsheet imports of customers, with a contact and a deal per row where the sheet has them.
 * Rows are matched with the CRM's own duplicate rule (names, short names, pinyin, aliases); a
 * preview writes nothing. A commit goes batch by batch, each batch one transaction that also moves
 * the job's `doneRows`, so a run that stops resumes where it was and never takes a row twice. What
 * a job wrote is kept (ImportedRecord), so the whole import can be undone as one unit.
 */
export class ImportService {
  /** The matching context of each job this process is committing (built once, then kept current). */
  private readonly contexts = new Map<string, ImportContext>();

  constructor(
    private readonly db: Db,
    private readonly fields: SensitiveFields,
    private readonly clock: Clock,
    private readonly stages: StageService,
    /** Called when an import wrote or removed customers (the company name index is rebuilt). */
    private readonly companiesChanged: () => void = () => {},
  ) {}

  async open(
    actor: Actor,
    input: { fileName: string; sourcePath: string; mapping: unknown; totalRows: number; onExisting?: OnExisting; kind?: "customers" | "leads" },
  ): Promise<Job> {
    return this.db.importJob.create({
      data: {
        actorId: actor.userId,
        kind: input.kind ?? "customers",
        fileName: input.fileName.slice(0, 200),
        sourcePath: input.sourcePath,
        mapping: JSON.stringify(input.mapping),
        totalRows: input.totalRows,
        onExisting: input.onExisting ?? "update",
      },
    });
  }

  /** The job, to its importer or an admin. */
  async job(actor: Actor, jobId: string): Promise<Job> {
    const job = await this.db.importJob.findUnique({ where: { id: jobId } });
    if (!job) throw new NotFoundError("import", jobId);
    if (job.actorId !== actor.userId && actor.role !== "admin") throw new PermissionDeniedError("view", "import", jobId);
    return job;
  }

  /** The importer's newest job still waiting for a confirmation or a resume. */
  async latestOpen(actor: Actor): Promise<Job | null> {
    return this.db.importJob.findFirst({ where: { actorId: actor.userId, status: { in: ["previewed", "running"] } }, orderBy: { createdAt: "desc" } });
  }

  /** A previewed job's column mapping changed by the importer (re-previewed by the caller). */
  async setMapping(actor: Actor, jobId: string, mapping: unknown, totalRows: number): Promise<Job> {
    const job = await this.job(actor, jobId);
    if (job.status !== "previewed") throw new ConflictError("import", jobId);
    return this.db.importJob.update({ where: { id: jobId }, data: { mapping: JSON.stringify(mapping), totalRows } });
  }

  /** The importer's newest finished import (what `import undo` takes back). */
  async latestDone(actor: Actor): Promise<Job | null> {
    return this.db.importJob.findFirst({ where: { actorId: actor.userId, status: "done" }, orderBy: { createdAt: "desc" } });
  }

  /** A previewed job the importer cancelled: nothing was written. */
  async cancel(actor: Actor, jobId: string): Promise<Job> {
    const job = await this.job(actor, jobId);
    if (job.status !== "previewed") throw new ConflictError("import", jobId);
    return this.db.importJob.update({ where: { id: jobId }, data: { status: "cancelled" } });
  }

  /** Jobs a stop left half done, for the start to take up again. */
  async unfinished(): Promise<Job[]> {
    return this.db.importJob.findMany({ where: { status: "running" }, orderBy: { createdAt: "asc" } });
  }

  /**
   * The importer confirmed: the job is marked to run, for a runner to take up in the background
   * (ImportJobLeases), and remembers where to report. Audited as `import.start`.
   */
  async start(actor: Actor, jobId: string, onExisting: OnExisting, notify: ImportNotify | null): Promise<Job> {
    await this.job(actor, jobId);
    return this.db.$transaction(async (tx) => {
      const started = await tx.importJob.updateMany({
        where: { id: jobId, status: "previewed" },
        data: { status: "running", onExisting, notify: notify ? JSON.stringify(importNotifySchema.parse(notify)) : null },
      });
      if (started.count !== 1) throw new ConflictError("import", jobId);
      const job = await tx.importJob.findUniqueOrThrow({ where: { id: jobId } });
      await writeAudit(tx, actor, {
        action: "import.start",
        entityType: "import",
        entityId: jobId,
        after: { file: job.fileName, rows: job.totalRows, onExisting },
      });
      return job;
    });
  }

  async setOnExisting(actor: Actor, jobId: string, onExisting: OnExisting): Promise<Job> {
    const job = await this.job(actor, jobId);
    if (job.status !== "previewed") throw new ConflictError("import", jobId);
    return this.db.importJob.update({ where: { id: jobId }, data: { onExisting } });
  }

  /** The matching context for a preview taken a chunk at a time (each chunk's new customers are known to the next). */
  previewContext(): Promise<ImportContext> {
    return ImportContext.load(this.db, new Set());
  }

  /** What each row would do, writing nothing (`first` is the first row's number in the sheet). */
  async preview(actor: Actor, rows: readonly unknown[], onExisting: OnExisting, first = 2, context?: ImportContext): Promise<RowPlan[]> {
    const ctx = context ?? (await this.previewContext());
    const plans: RowPlan[] = [];
    for (const [i, raw] of rows.entries()) {
      const row = first + i;
      const checked = await this.check(raw, ctx);
      if (!checked.ok) {
        plans.push({ row, action: "invalid", problem: checked.problem });
        continue;
      }
      const name = checked.row.company;
      const known = ctx.find(name);
      const kind = customerOf(actor, known, onExisting);
      if (kind === "not-writable") plans.push({ row, action: "invalid", problem: { code: "not-writable", value: known!.name } });
      else if (kind !== "new") plans.push({ row, action: kind, company: known!.name });
      else {
        // Later rows of the same customer (by any of its name keys) add to this one.
        ctx.add(name, { id: "", teamId: actor.teamId, ownerId: actor.userId });
        plans.push({ row, action: "new", company: name });
      }
    }
    return plans;
  }

  /**
   * Commits rows [from, from + rows.length) of the job in one transaction. Refused (ConflictError)
   * unless the job's committed rows end exactly at `from`: a batch already taken is never taken again.
   * With a `lease`, also unless that runner still holds the job; its claim is renewed with the batch.
   */
  async commitBatch(actor: Actor, jobId: string, from: number, rows: readonly unknown[], lease?: ImportLease): Promise<Job> {
    // A lead import's rows are leads (LeadImportService.commitBatch).
    if ((await this.job(actor, jobId)).kind !== "customers") throw new ConflictError("import", jobId);
    const ctx = await this.contextOf(jobId);
    try {
      return await this.db.$transaction(async (tx) => {
        // The check is a conditional update, the transaction's first statement: on PostgreSQL it
        // locks the job's row, so a second runner's batch waits here and then finds doneRows moved.
        const guard = await tx.importJob.updateMany({
          where: { id: jobId, doneRows: from, status: { in: ["previewed", "running"] }, ...(lease ? { leaseOwner: lease.owner } : {}) },
          data: lease ? { leaseUntil: lease.until() } : { status: "running" },
        });
        if (guard.count !== 1) throw new ConflictError("import", jobId);
        const job = await tx.importJob.findUniqueOrThrow({ where: { id: jobId } });
        const counts = { created: 0, updated: 0, skipped: 0, rejected: 0 };
        const errors = JSON.parse(job.errors) as { row: number; problem: ImportProblem }[];
        const batch = new BatchWrites();
        batch.data = await ImportBatchData.read(tx, ctx, rows, job.onExisting === "update");
        for (const [i, raw] of rows.entries()) {
          const outcome = await this.apply(tx, actor, job, ctx, raw, batch);
          if (typeof outcome === "object") {
            counts.rejected += 1;
            errors.push({ row: from + i + 2, problem: outcome });
          } else counts[outcome] += 1;
        }
        await batch.flush(this.db, tx, jobId);
        if (batch.companies.length > 0) this.companiesChanged();
        return tx.importJob.update({
          where: { id: jobId },
          data: batchProgress(from + rows.length, counts, errors),
        });
      });
    } catch (error) {
      // The transaction rolled back: what the context learned from it is not in the database.
      this.contexts.delete(jobId);
      throw error;
    }
  }

  /** All rows are in: the job is done and audited with its counts; `then` writes in the same transaction (the result's messages). */
  async finish(actor: Actor, jobId: string, report?: (job: Job) => FinishReport): Promise<Job> {
    this.contexts.delete(jobId);
    return this.db.$transaction(async (tx) => {
      const job = await tx.importJob.update({ where: { id: jobId }, data: { status: "done", leaseOwner: null, leaseUntil: null } });
      // The result's messages commit with the job's end: a crash cannot finish the job and lose them.
      const { messages = [], cardUpdate } = report?.(job) ?? {};
      for (const message of messages) await enqueueOutbound(tx, message, this.clock.now());
      if (cardUpdate) await enqueueCardUpdates(tx, importCardFor(jobId), cardUpdate, this.clock.now());
      await writeAudit(tx, actor, {
        action: "import.commit",
        entityType: "import",
        entityId: jobId,
        after: { file: job.fileName, rows: job.totalRows, created: job.created, updated: job.updated, skipped: job.skipped, rejected: job.rejected },
      });
      return job;
    });
  }

  /** The job's file can no longer be read (deleted, damaged since): it ends as "failed", what went in stays (undo takes it back). */
  async fail(actor: Actor, jobId: string, lease?: ImportLease): Promise<void> {
    this.contexts.delete(jobId);
    await this.db.$transaction(async (tx) => {
      const failed = await tx.importJob.updateMany({
        where: { id: jobId, status: "running", ...(lease ? { leaseOwner: lease.owner } : {}) },
        data: { status: "failed", leaseOwner: null, leaseUntil: null },
      });
      if (failed.count === 1) await writeAudit(tx, actor, { action: "import.fail", entityType: "import", entityId: jobId });
    });
  }

  /**
   * Takes a finished import back as one unit: what it created is deleted, what it updated gets its
   * earlier values. Refused, changing nothing, when anything was since added to what it created
   * (an activity, a follow-up, a quote…): that work is not thrown away with the import.
   */
  async undo(actor: Actor, jobId: string): Promise<{ job: Job; blockedBy: number }> {
    const job = await this.job(actor, jobId);
    if (job.kind !== "customers" || (job.status !== "done" && job.status !== "running" && job.status !== "failed")) throw new ConflictError("import", jobId);
    const records = await this.db.importedRecord.findMany({ where: { jobId } });
    const ids = (type: string, action = "created") => records.filter((r) => r.entityType === type && r.action === action).map((r) => r.entityId);
    const [companies, contacts, deals] = [ids("company"), ids("contact"), ids("deal")];
    const since =
      (await this.db.auditLog.findFirst({ where: { action: "import.commit", entityId: jobId }, select: { createdAt: true } }))?.createdAt ?? job.updatedAt;
    const touched = [...new Set(records.map((r) => r.entityId))];
    const blockedBy = (await this.usedSince(companies, contacts, deals)) + (await this.editedSince(touched, since));
    if (blockedBy > 0) return { job, blockedBy };
    this.contexts.delete(jobId);
    const undone = await this.db.$transaction(async (tx) => {
      await tx.dealStageChange.deleteMany({ where: { dealId: { in: deals } } });
      await tx.deal.deleteMany({ where: { id: { in: deals } } });
      await tx.contact.deleteMany({ where: { id: { in: contacts } } });
      await tx.company.deleteMany({ where: { id: { in: companies } } });
      for (const r of records.filter((r) => r.action === "updated" && r.before)) {
        const before = JSON.parse(r.before!) as Record<string, string | null>;
        if (r.entityType === "company") await tx.company.updateMany({ where: { id: r.entityId }, data: before });
        if (r.entityType === "contact") await tx.contact.updateMany({ where: { id: r.entityId }, data: before });
      }
      await writeAudit(tx, actor, {
        action: "import.undo",
        entityType: "import",
        entityId: jobId,
        before: { companies: companies.length, contacts: contacts.length, deals: deals.length },
      });
      return tx.importJob.update({ where: { id: jobId }, data: { status: "undone" } });
    });
    return { job: undone, blockedBy: 0 };
  }

  private async usedSince(companies: string[], contacts: string[], deals: string[]): Promise<number> {
    const db = this.db;
    const counts = await Promise.all([
      db.activity.count({ where: { OR: [{ companyId: { in: companies } }, { contactId: { in: contacts } }, { dealId: { in: deals } }] } }),
      db.followUp.count({ where: { OR: [{ companyId: { in: companies } }, { dealId: { in: deals } }] } }),
      db.quote.count({ where: { OR: [{ companyId: { in: companies } }, { dealId: { in: deals } }] } }),
      db.ticket.count({ where: { companyId: { in: companies } } }),
      db.contact.count({ where: { companyId: { in: companies }, id: { notIn: contacts } } }),
      db.deal.count({ where: { companyId: { in: companies }, id: { notIn: deals } } }),
    ]);
    return counts.reduce((a, b) => a + b, 0);
  }

  /** Changes made by anyone to what the import wrote, after it finished (an undo would silently take them back). */
  private async editedSince(entityIds: string[], since: Date): Promise<number> {
    if (entityIds.length === 0) return 0;
    return this.db.auditLog.count({ where: { entityId: { in: entityIds }, createdAt: { gt: since }, NOT: { action: { startsWith: "import." } } } });
  }

  private async contextOf(jobId: string): Promise<ImportContext> {
    const cached = this.contexts.get(jobId);
    if (cached) return cached;
    const created = await this.db.importedRecord.findMany({ where: { jobId, entityType: "company", action: "created" }, select: { entityId: true } });
    const ctx = await ImportContext.load(this.db, new Set(created.map((r) => r.entityId)));
    this.contexts.set(jobId, ctx);
    return ctx;
  }

  /** Validates a row's values with the CRM's schemas and resolves its owner and stage. */
  private async check(raw: unknown, ctx: ImportContext): Promise<Checked> {
    const parsed = importRowSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = String(issue.path[0] ?? "company");
      return { ok: false, problem: { code: "invalid", field, value: String((raw as Record<string, unknown>)?.[field] ?? "") } };
    }
    const row = parsed.data;
    // A phone or email without the person's name would be dropped: the row says whose it is, or is refused.
    if (!row.contact && (row.phone || row.email || row.wechat || row.jobTitle)) return { ok: false, problem: { code: "invalid", field: "contact", value: "" } };
    if (row.contact) {
      const contact = contactInputSchema.safeParse({
        companyId: "-",
        name: row.contact,
        title: row.jobTitle,
        phone: row.phone,
        email: row.email,
        wechatId: row.wechat,
      });
      if (!contact.success) {
        const field = String(contact.error.issues[0]!.path[0]);
        const key = field === "wechatId" ? "wechat" : field === "title" ? "jobTitle" : field === "name" ? "contact" : field;
        return { ok: false, problem: { code: "invalid", field: key, value: String(row[key as keyof ImportRow] ?? "") } };
      }
    }
    let owner: { id: string; teamId: string | null } | undefined;
    if (row.owner) {
      owner = ctx.users.get(row.owner.toLowerCase());
      if (!owner) return { ok: false, problem: { code: "unknown-owner", value: row.owner } };
    }
    let stageKey: string | undefined;
    if (row.stage) {
      const stage = await this.stages.resolve(row.stage).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      if (!stage) return { ok: false, problem: { code: "unknown-stage", value: row.stage } };
      stageKey = stage.key;
    }
    return { ok: true, row, ...(owner ? { ownerId: owner.id, ownerTeamId: owner.teamId } : {}), ...(stageKey ? { stageKey } : {}) };
  }

  /**
   * Decides what one row writes (gathered in the batch); returns what it counted as, or the problem
   * that refused it. Rows were matched against every customer's name keys already (the import
   * context), so records are inserted directly, a batch at a time, instead of through the
   * one-at-a-time use cases, whose duplicate scans would make a large import quadratic.
   */
  private async apply(
    tx: Tx,
    actor: Actor,
    job: Job,
    ctx: ImportContext,
    raw: unknown,
    batch: BatchWrites,
  ): Promise<"created" | "updated" | "skipped" | ImportProblem> {
    const checked = await this.check(raw, ctx);
    if (!checked.ok) return checked.problem;
    const { row } = checked;
    const now = this.clock.now();
    const ownerId = checked.ownerId ?? actor.userId;
    const ownerTeamId = checked.ownerId ? (checked.ownerTeamId ?? null) : actor.teamId;
    let outcome: "created" | "updated" | "skipped";
    let company: KnownCompany;
    const known = ctx.find(row.company);
    const kind = customerOf(actor, known, job.onExisting as OnExisting);
    if (kind === "not-writable") return { code: "not-writable", value: known!.name };
    if (kind === "skip") return "skipped";
    if (kind === "update") {
      company = known!;
      outcome = (await this.updateCompany(tx, actor, company.id, row, batch)) ? "updated" : "skipped";
    } else if (kind === "repeat") {
      company = known!;
      outcome = "skipped"; // a later row of a customer this import created: its people and deals join it
    } else {
      const id = newRecordId();
      const data = {
        id,
        name: row.company,
        searchKey: ctx.searchKey(row.company),
        industry: row.industry ?? null,
        region: row.region ?? null,
        tier: row.tier ?? "C",
        tags: JSON.stringify(row.tags ?? []),
        ownerId,
        teamId: ownerTeamId,
        lastInteractionAt: now,
        createdAt: now,
        updatedAt: now,
      };
      const sealed = this.fields.seal("Company", data);
      batch.companies.push(sealed);
      batch.audit(actor, "company.create", "company", id, sealed);
      batch.records.push({ entityType: "company", entityId: id, action: "created" });
      company = ctx.add(row.company, { id, teamId: ownerTeamId, ownerId });
      outcome = "created";
    }
    let added = row.contact ? await this.addContact(tx, actor, company, row, batch) : false;
    // A customer that had an open deal before the import gets no second one from a row (a re-import would pile them up).
    const wantsDeal = Boolean(row.amount || checked.stageKey);
    const hasOpenDeal = wantsDeal && !company.ours && batch.data.openDeals.has(company.id);
    if (wantsDeal && !hasOpenDeal) {
      added = true;
      const stage = checked.stageKey ? await this.stages.resolve(checked.stageKey, tx) : await this.stages.first(tx);
      const id = newRecordId();
      const deal = {
        id,
        number: await batch.dealNumber(tx),
        title: company.name,
        companyId: company.id,
        ownerId,
        teamId: ownerTeamId,
        amountMinor: BigInt(row.amount?.minor ?? 0),
        currency: row.amount?.currency ?? "CNY",
        stageId: stage.id,
        lastActivityAt: now,
        closedAt: stage.kind === "open" ? null : now,
        createdAt: now,
        updatedAt: now,
      };
      batch.deals.push(deal);
      batch.stageChanges.push({ id: newRecordId(), dealId: id, fromStageId: null, toStageId: stage.id, changedById: actor.userId, changedAt: now });
      batch.audit(actor, "deal.create", "deal", id, { ...deal, amountMinor: String(deal.amountMinor) });
      batch.records.push({ entityType: "deal", entityId: id, action: "created" });
    }
    // A row that gave an existing customer (or one created by an earlier row) a person or a deal updated it.
    return outcome === "skipped" && added ? "updated" : outcome;
  }

  /** The row's person at the customer, unless the customer has them already (same name, phone or email). */
  private async addContact(tx: Tx, actor: Actor, company: KnownCompany, row: ImportRow, batch: BatchWrites): Promise<boolean> {
    const cipher = this.fields.cipher;
    const name = row.contact!;
    const data = { companyId: company.id, name, title: row.jobTitle ?? null, phone: row.phone ?? null, email: row.email ?? null, wechatId: row.wechat ?? null };
    // The customer's people as the batch knows them: stored (read for the whole batch) and added by its earlier rows.
    const same = batch.data.samePerson(cipher, company.id, data);
    // A person this import gave the customer is left as the first row had them (as within one batch, so across batches and runs).
    if (same) return same.stored && !company.ours ? this.fillContact(tx, actor, same, data, batch) : false;
    const hashes = contactHashes(cipher, data);
    const now = this.clock.now();
    const id = newRecordId();
    const sealed = {
      id,
      ...this.fields.seal("Contact", data),
      ...hashes,
      searchKey: personSearchKey(name),
      ownerId: actor.userId,
      tags: "[]",
      createdAt: now,
      updatedAt: now,
    };
    batch.contacts.push(sealed);
    batch.audit(actor, "contact.create", "contact", id, sealed);
    batch.records.push({ entityType: "contact", entityId: id, action: "created" });
    batch.data.personAdded(company.id, { name, phoneHash: hashes.phoneHash, emailHash: hashes.emailHash });
    return true;
  }

  /** The person is there already: what the sheet knows and the card does not (title, phone, email, WeChat) is filled in. */
  private async fillContact(
    tx: Tx,
    actor: Actor,
    person: BatchPerson & { stored: NonNullable<BatchPerson["stored"]> },
    data: { title: string | null; phone: string | null; email: string | null; wechatId: string | null },
    batch: BatchWrites,
  ): Promise<boolean> {
    const existing = person.stored;
    const fields = ["title", "phone", "email", "wechatId"] as const;
    const missing = fields.filter((f) => !existing[f] && data[f]);
    if (missing.length === 0) return false;
    const patch = Object.fromEntries(missing.map((f) => [f, data[f]]));
    const sealed = { ...this.fields.seal("Contact", patch), ...(patch.phone || patch.email ? contactHashes(this.fields.cipher, patch) : {}) };
    const before = Object.fromEntries(Object.keys(sealed).map((k) => [k, (existing as Record<string, unknown>)[k] ?? null]));
    const after = await tx.contact.update({ where: { id: existing.id }, data: sealed });
    batch.data.personChanged(person, after);
    await writeAudit(tx, actor, { action: "contact.update", entityType: "contact", entityId: existing.id, before: existing, after });
    batch.records.push({ entityType: "contact", entityId: existing.id, action: "updated", before: JSON.stringify(before) });
    return true;
  }

  /** Fills in what the row says about an existing customer: industry, region and tier when they differ, tags added. */
  private async updateCompany(tx: Tx, actor: Actor, companyId: string, row: ImportRow, batch: BatchWrites): Promise<boolean> {
    const stored = batch.data.company(companyId) ?? (await tx.company.findUniqueOrThrow({ where: { id: companyId } }));
    const tags = JSON.parse(stored.tags) as string[];
    const newTags = (row.tags ?? []).filter((t) => !tags.some((have) => have.toLowerCase() === t.toLowerCase()));
    const patch: Record<string, string> = {};
    if (row.industry && row.industry !== stored.industry) patch.industry = row.industry;
    if (row.region && row.region !== stored.region) patch.region = row.region;
    if (row.tier && row.tier !== stored.tier) patch.tier = row.tier;
    if (newTags.length > 0) patch.tags = JSON.stringify([...tags, ...newTags]);
    if (Object.keys(patch).length === 0) return false;
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, stored[k as keyof typeof stored] ?? null]));
    const after = await tx.company.update({ where: { id: companyId }, data: patch });
    batch.data.companyChanged(after);
    batch.records.push({ entityType: "company", entityId: companyId, action: "updated", before: JSON.stringify(before) });
    await writeAudit(tx, actor, { action: "company.update", entityType: "company", entityId: companyId, before: stored, after });
    return true;
  }
}
