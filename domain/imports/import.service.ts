import { writeAudit } from "../audit/audit.service.js";
import type { CompanyService } from "../companies/company.service.js";
import { contactInputSchema } from "../companies/company.schemas.js";
import type { ContactService } from "../contacts/contact.service.js";
import type { DealService } from "../deals/deal.service.js";
import type { StageService } from "../pipeline/stage.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db, Tx } from "../shared/db.js";
import { ConflictError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { mayWriteCustomer } from "../users/customer-access.js";
import { ImportContext } from "./import-context.js";
import { type ImportProblem, type ImportRow, importRowSchema, type RowPlan } from "./import-row.js";

export type OnExisting = "update" | "skip";
type Job = NonNullable<Awaited<ReturnType<Db["importJob"]["findUnique"]>>>;

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
    private readonly parts: { companies: CompanyService; contacts: ContactService; deals: DealService; stages: StageService },
  ) {}

  async open(actor: Actor, input: { fileName: string; sourcePath: string; mapping: unknown; totalRows: number; onExisting?: OnExisting }): Promise<Job> {
    return this.db.importJob.create({
      data: {
        actorId: actor.userId,
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

  async setOnExisting(actor: Actor, jobId: string, onExisting: OnExisting): Promise<Job> {
    const job = await this.job(actor, jobId);
    if (job.status !== "previewed") throw new ConflictError("import", jobId);
    return this.db.importJob.update({ where: { id: jobId }, data: { onExisting } });
  }

  /** What each row would do, writing nothing (`first` is the first row's number in the sheet). */
  async preview(actor: Actor, rows: readonly unknown[], onExisting: OnExisting, first = 2): Promise<RowPlan[]> {
    const ctx = await ImportContext.load(this.db, new Set());
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
      if (known?.ours) plans.push({ row, action: "repeat", company: known.name });
      else if (known && !mayWriteCustomer(actor, known)) plans.push({ row, action: "invalid", problem: { code: "not-writable", value: known.name } });
      else if (known) plans.push({ row, action: onExisting, company: known.name });
      else {
        // Later rows of the same customer (by any of its name keys) add to this one.
        ctx.add(name, { id: "", name, teamId: actor.teamId, ownerId: actor.userId });
        plans.push({ row, action: "new", company: name });
      }
    }
    return plans;
  }

  /**
   * Commits rows [from, from + rows.length) of the job in one transaction. Refused (ConflictError)
   * unless the job's committed rows end exactly at `from`: a batch already taken is never taken again.
   */
  async commitBatch(actor: Actor, jobId: string, from: number, rows: readonly unknown[]): Promise<Job> {
    await this.job(actor, jobId);
    const ctx = await this.contextOf(jobId);
    try {
      return await this.db.$transaction(async (tx) => {
        const job = await tx.importJob.findUniqueOrThrow({ where: { id: jobId } });
        if (job.doneRows !== from || (job.status !== "previewed" && job.status !== "running")) throw new ConflictError("import", jobId);
        const counts = { created: 0, updated: 0, skipped: 0, rejected: 0 };
        const errors = JSON.parse(job.errors) as { row: number; problem: ImportProblem }[];
        for (const [i, raw] of rows.entries()) {
          const outcome = await this.apply(tx, actor, job, ctx, raw);
          if (typeof outcome === "object") {
            counts.rejected += 1;
            errors.push({ row: from + i + 2, problem: outcome });
          } else counts[outcome] += 1;
        }
        return tx.importJob.update({
          where: { id: jobId },
          data: {
            status: "running",
            doneRows: from + rows.length,
            created: { increment: counts.created },
            updated: { increment: counts.updated },
            skipped: { increment: counts.skipped },
            rejected: { increment: counts.rejected },
            errors: JSON.stringify(errors.slice(0, 10_000)),
          },
        });
      });
    } catch (error) {
      // The transaction rolled back: what the context learned from it is not in the database.
      this.contexts.delete(jobId);
      throw error;
    }
  }

  /** All rows are in: the job is done and audited with its counts. */
  async finish(actor: Actor, jobId: string): Promise<Job> {
    this.contexts.delete(jobId);
    return this.db.$transaction(async (tx) => {
      const job = await tx.importJob.update({ where: { id: jobId }, data: { status: "done" } });
      await writeAudit(tx, actor, {
        action: "import.commit",
        entityType: "import",
        entityId: jobId,
        after: { file: job.fileName, rows: job.totalRows, created: job.created, updated: job.updated, skipped: job.skipped, rejected: job.rejected },
      });
      return job;
    });
  }

  /**
   * Takes a finished import back as one unit: what it created is deleted, what it updated gets its
   * earlier values. Refused, changing nothing, when anything was since added to what it created
   * (an activity, a follow-up, a quote…): that work is not thrown away with the import.
   */
  async undo(actor: Actor, jobId: string): Promise<{ job: Job; blockedBy: number }> {
    const job = await this.job(actor, jobId);
    if (job.status !== "done" && job.status !== "running") throw new ConflictError("import", jobId);
    const records = await this.db.importedRecord.findMany({ where: { jobId } });
    const ids = (type: string, action = "created") => records.filter((r) => r.entityType === type && r.action === action).map((r) => r.entityId);
    const [companies, contacts, deals] = [ids("company"), ids("contact"), ids("deal")];
    const blockedBy = await this.usedSince(companies, contacts, deals);
    if (blockedBy > 0) return { job, blockedBy };
    this.contexts.delete(jobId);
    const undone = await this.db.$transaction(async (tx) => {
      await tx.dealStageChange.deleteMany({ where: { dealId: { in: deals } } });
      await tx.deal.deleteMany({ where: { id: { in: deals } } });
      await tx.contact.deleteMany({ where: { id: { in: contacts } } });
      await tx.company.deleteMany({ where: { id: { in: companies } } });
      for (const r of records.filter((r) => r.entityType === "company" && r.action === "updated" && r.before)) {
        await tx.company.updateMany({ where: { id: r.entityId }, data: JSON.parse(r.before!) as Record<string, string | null> });
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
      const stage = await this.parts.stages.resolve(row.stage).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      if (!stage) return { ok: false, problem: { code: "unknown-stage", value: row.stage } };
      stageKey = stage.key;
    }
    return { ok: true, row, ...(owner ? { ownerId: owner.id, ownerTeamId: owner.teamId } : {}), ...(stageKey ? { stageKey } : {}) };
  }

  /** Writes one row; returns what it counted as, or the problem that refused it. */
  private async apply(tx: Tx, actor: Actor, job: Job, ctx: ImportContext, raw: unknown): Promise<"created" | "updated" | "skipped" | ImportProblem> {
    const checked = await this.check(raw, ctx);
    if (!checked.ok) return checked.problem;
    const { row } = checked;
    const record = (entityType: string, entityId: string, action: "created" | "updated", before?: unknown) =>
      tx.importedRecord.create({ data: { jobId: job.id, entityType, entityId, action, ...(before ? { before: JSON.stringify(before) } : {}) } });
    let outcome: "created" | "updated" | "skipped";
    let companyId: string;
    const known = ctx.find(row.company);
    if (known && !known.ours) {
      if (!mayWriteCustomer(actor, known)) return { code: "not-writable", value: known.name };
      if (job.onExisting === "skip") return "skipped";
      companyId = known.id;
      outcome = (await this.updateCompany(tx, actor, known.id, row, record)) ? "updated" : "skipped";
    } else if (known) {
      companyId = known.id;
      outcome = "skipped"; // a later row of a customer this import created: its people and deals join it
    } else {
      const created = await this.parts.companies.createIn(tx, actor, {
        name: row.company,
        ...(row.industry ? { industry: row.industry } : {}),
        ...(row.region ? { region: row.region } : {}),
        ...(row.tier ? { tier: row.tier } : {}),
        ...(row.tags ? { tags: row.tags } : {}),
      });
      if (checked.ownerId && checked.ownerId !== actor.userId) {
        await tx.company.update({ where: { id: created.id }, data: { ownerId: checked.ownerId, teamId: checked.ownerTeamId ?? null } });
      }
      ctx.add(row.company, { id: created.id, name: created.name, teamId: checked.ownerTeamId ?? actor.teamId, ownerId: checked.ownerId ?? actor.userId });
      await record("company", created.id, "created");
      companyId = created.id;
      outcome = "created";
    }
    if (row.contact) {
      const sameName = await tx.contact.findFirst({ where: { companyId, name: row.contact, erasedAt: null }, select: { id: true } });
      if (!sameName) {
        try {
          const contact = await this.parts.contacts.createIn(tx, actor, {
            companyId,
            name: row.contact,
            ...(row.jobTitle ? { title: row.jobTitle } : {}),
            ...(row.phone ? { phone: row.phone } : {}),
            ...(row.email ? { email: row.email } : {}),
            ...(row.wechat ? { wechatId: row.wechat } : {}),
          });
          await record("contact", contact.id, "created");
        } catch (error) {
          // The same phone or email on another card of this customer: that person is there already.
          if (!(error instanceof ConflictError)) throw error;
        }
      }
    }
    if (row.amount || checked.stageKey) {
      const deal = await this.parts.deals.createIn(tx, actor, {
        companyId,
        amountMinor: row.amount?.minor ?? 0,
        currency: row.amount?.currency ?? "CNY",
        ...(checked.stageKey ? { stageKey: checked.stageKey } : {}),
        ...(checked.ownerId ? { ownerId: checked.ownerId } : {}),
      });
      await record("deal", deal.id, "created");
    }
    return outcome;
  }

  /** Fills in what the row says about an existing customer: industry, region and tier when they differ, tags added. */
  private async updateCompany(
    tx: Tx,
    actor: Actor,
    companyId: string,
    row: ImportRow,
    record: (entityType: string, entityId: string, action: "updated", before: unknown) => Promise<unknown>,
  ): Promise<boolean> {
    const stored = await tx.company.findUniqueOrThrow({ where: { id: companyId } });
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
    await record("company", companyId, "updated", before);
    await writeAudit(tx, actor, { action: "company.update", entityType: "company", entityId: companyId, before: stored, after });
    return true;
  }
}
