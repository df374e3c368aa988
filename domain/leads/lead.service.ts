import type { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import { CONDITION_SCHEMAS } from "../automation/rule.schemas.js";
import type { RuleService } from "../automation/rule.service.js";
import { DAY_MS } from "../automation/local-day.js";
import { contactHashes } from "../contacts/contact-lookup.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, DbOrTx, Tx } from "../shared/db.js";
import { InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { AlreadyRecordedError } from "../shared/source-event.js";
import { nextNumber } from "../shared/next-number.js";
import { personSearchKey } from "../shared/search-key.js";
import type { SensitiveFields } from "../shared/sensitive-fields.js";
import { validate } from "../shared/validate.js";
import { companyKeysOf, findLeadDuplicates, type LeadDuplicate } from "./lead-duplicates.js";
import { type LeadScoreRules, type ScoreReason, scoreLead } from "./lead-score.js";
import { type AssignBy, type PickedRep, pickRep } from "./pick-rep.js";
import { type LeadEditField, type LeadInput, type LeadStatus, leadEditSchemas, leadInputSchema, OPEN_LEAD_STATUSES } from "./lead.schemas.js";

export type LeadRow = NonNullable<Awaited<ReturnType<Db["lead"]["findUnique"]>>>;
/** A lead as the domain returns it: contact fields in plaintext, the score's reasons parsed. */
export type LeadView = Omit<LeadRow, "scoreReasons"> & { scoreReasons: ScoreReason[]; ownerName: string | null; campaignName: string | null };

/** How a new lead that may duplicate a record is handled. */
export type OnDuplicate =
  /** Nothing written: the caller shows the duplicates and asks. */
  | "ask"
  /** Created anyway (the user chose "new lead" after seeing them). */
  | "create"
  /** Added to the open lead with the same phone or email, if any (a form submitted twice); else created. */
  | "merge";

export type CreateLeadResult =
  | { kind: "created"; lead: LeadView; duplicates: LeadDuplicate[] }
  | { kind: "merged"; lead: LeadView }
  | { kind: "already"; lead: LeadView }
  | { kind: "duplicates"; duplicates: LeadDuplicate[] };

export interface LeadOwnerChoice {
  /** "me": the creating user's; "pool": the team's pool; or a user id (a manager assigning). */
  owner: "me" | "pool" | { userId: string };
  /** The pool's team when there is no owner (a lead source's team); default the actor's. */
  teamId?: string | null;
  sourceId?: string;
}

const OPEN = [...OPEN_LEAD_STATUSES];

/**
 * A note without the phones, emails and WeChat ids in it: those live in the lead's encrypted fields,
 * and a note is stored (and audited) as plain text.
 */
export function withoutContactDetails(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, "[email]")
    .replace(/\bwxid_[\w-]+/giu, "[wechat]")
    .replace(/((?:微信号?|wechat|weixin|\bwx\b)\s*[:：]?\s*)[A-Za-z][\w-]{5,39}/giu, "$1[wechat]")
    .replace(/\+?\d[\d\s().-]{5,22}\d/gu, (run) => (run.replace(/\D/g, "").length >= 7 ? "[phone]" : run));
}

/**
 * Leads (线索): created from chat, a web form or a platform event, checked for duplicates against
 * leads, contacts and customers, owned by a rep or waiting in the team's pool, claimed (up to a cap
 * per rep), assigned, worked on, scored, and returned to the pool when left idle. Phone, email and
 * WeChat are stored encrypted like a contact's. Every change is audited.
 */
export class LeadService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly fields: SensitiveFields,
    private readonly rules: RuleService,
    private readonly options: { claimCap: number } = { claimCap: 30 },
  ) {}

  get claimCap(): number {
    return this.options.claimCap;
  }

  /** The score's points and the hot threshold (rule `lead-hot`; its defaults before rules are seeded). */
  async scoreRules(): Promise<LeadScoreRules> {
    try {
      return (await this.rules.get("lead-hot")).condition;
    } catch {
      return CONDITION_SCHEMAS["lead-hot"].parse({});
    }
  }

  async duplicatesOf(input: { phone?: string | null; email?: string | null; companyName?: string | null }, exceptLeadId?: string) {
    return findLeadDuplicates(this.db, this.fields.cipher, input, exceptLeadId);
  }

  /**
   * A new lead. `actor` null is a lead source posting (the web form endpoint). The same source and
   * external id again returns the lead already made; duplicates are handled as `onDuplicate` says.
   */
  async create(actor: Actor | null, input: LeadInput, choice: LeadOwnerChoice, onDuplicate: OnDuplicate): Promise<CreateLeadResult> {
    const data = validate(leadInputSchema, input);
    if (choice.sourceId && data.externalId) {
      const known = await this.db.lead.findUnique({ where: { sourceId_externalId: { sourceId: choice.sourceId, externalId: data.externalId } } });
      if (known) return { kind: "already", lead: await this.view(known) };
    }
    const duplicates = await this.duplicatesOf(data);
    if (onDuplicate === "ask" && duplicates.length > 0) return { kind: "duplicates", duplicates };
    if (onDuplicate === "merge") {
      const same = duplicates.find((d) => d.kind === "lead" && d.by !== "company");
      const open = same ? await this.db.lead.findUnique({ where: { id: same.id } }) : null;
      if (open && OPEN.includes(open.status as LeadStatus)) {
        // The same submission again (its source's external id) is the merge already made.
        const replayKey = choice.sourceId && data.externalId ? `lead-merge:${choice.sourceId}:${data.externalId}` : undefined;
        if (replayKey && (await this.db.auditLog.findUnique({ where: { sourceEventKey: replayKey }, select: { id: true } }))) {
          return { kind: "already", lead: await this.view(open) };
        }
        const rules = await this.scoreRules();
        try {
          const merged = await this.db.$transaction(async (tx) => {
            const after = await tx.lead.update({ where: { id: open.id }, data: { ...this.mergedFields(open, data), version: { increment: 1 } } });
            await writeAudit(tx, actor, {
              action: "lead.merge",
              entityType: "lead",
              entityId: open.id,
              before: open,
              after,
              ...(replayKey ? { replayKey } : {}),
            });
            return this.rescore(tx, after, rules);
          });
          return { kind: "merged", lead: await this.view(merged) };
        } catch (error) {
          // The same submission arriving twice at once: the other request made this merge (its audit row
          // holds the replay key) and this one rolled back; both answer with the lead.
          if (!(error instanceof AlreadyRecordedError)) throw error;
          const current = await this.db.lead.findUniqueOrThrow({ where: { id: open.id } });
          return { kind: "already", lead: await this.view(current) };
        }
      }
    }
    // A lead from a known customer is where that customer is, in its industry, unless it says otherwise.
    const customer = duplicates.find((d) => d.kind === "company");
    const profile =
      customer && (!data.region || !data.industry)
        ? await this.db.company.findUnique({ where: { id: customer.id }, select: { region: true, industry: true } })
        : null;
    const campaign = data.campaign ? await this.campaignNamed(data.campaign) : null;
    if (data.campaign && !campaign) throw new NotFoundError("campaign", data.campaign);
    let ownerId: string | null = null;
    let teamId: string | null = choice.teamId !== undefined ? choice.teamId : (actor?.teamId ?? null);
    if (choice.owner === "me") {
      if (!actor) throw new PermissionDeniedError("own", "lead");
      ownerId = actor.userId;
      teamId = actor.teamId;
    } else if (typeof choice.owner === "object") {
      const owner = await this.db.user.findUnique({ where: { id: choice.owner.userId } });
      if (!owner) throw new NotFoundError("user", choice.owner.userId);
      if (actor) this.assertMayAssign(actor, owner.teamId);
      ownerId = owner.id;
      teamId = owner.teamId;
    }
    const now = this.clock.now();
    const rules = await this.scoreRules();
    const lead = await this.db.$transaction(async (tx) => {
      const plain = {
        name: data.name,
        companyName: data.companyName ?? null,
        title: data.title ?? null,
        phone: data.phone ?? null,
        email: data.email ?? null,
        wechatId: data.wechatId ?? null,
      };
      const { score, reasons } = scoreLead({ ...plain, source: data.source, touches: 0 }, rules);
      const created = await tx.lead.create({
        data: {
          ...this.fields.seal("Lead", plain),
          ...contactHashes(this.fields.cipher, plain),
          number: await nextNumber(tx, "lead"),
          searchKey: personSearchKey(data.name),
          companyKey: data.companyName ? (companyKeysOf(data.companyName)[0] ?? null) : null,
          source: data.source,
          sourceId: choice.sourceId ?? null,
          externalId: data.externalId ?? null,
          campaignId: campaign?.id ?? null,
          region: data.region ?? profile?.region ?? null,
          industry: data.industry ?? profile?.industry ?? null,
          notes: data.notes ? withoutContactDetails(data.notes) : null,
          ownerId,
          teamId,
          score,
          scoreReasons: JSON.stringify(reasons),
          lastTouchedAt: now,
          claimedAt: ownerId ? now : null,
        },
      });
      await writeAudit(tx, actor, { action: "lead.create", entityType: "lead", entityId: created.id, after: created });
      return created;
    });
    return { kind: "created", lead: await this.view(lead), duplicates };
  }

  /**
   * A lead typed but not written yet (it waits for "Create anyway"): its phone, email and WeChat are
   * sealed like a stored lead's and its note cleaned, so the waiting choice holds no contact details
   * in plain text.
   */
  sealDraft(input: LeadInput): LeadInput {
    // The note loses its phones and emails when stored anyway.
    return this.fields.seal("Lead", { ...input, ...(input.notes ? { notes: withoutContactDetails(input.notes) } : {}) });
  }

  openDraft(input: LeadInput): LeadInput {
    return this.fields.open("Lead", input);
  }

  /** A lead's number by its id (null when there is none). */
  async numberOf(leadId: string): Promise<number | null> {
    return (await this.db.lead.findUnique({ where: { id: leadId }, select: { number: true } }))?.number ?? null;
  }

  /** A lead by its number ("3", "#3") that the actor may see. */
  async get(actor: Actor, ref: string | number): Promise<LeadView> {
    const number = typeof ref === "number" ? ref : Number(String(ref).replace(/^#/, ""));
    if (!Number.isInteger(number) || number <= 0) throw new NotFoundError("lead", String(ref));
    const lead = await this.db.lead.findUnique({ where: { number } });
    if (!lead || !this.mayView(actor, lead)) throw new NotFoundError("lead", String(ref));
    return this.view(lead);
  }

  /** The team's pool, the actor's own open leads, or (managers, admins) the team's. */
  async list(actor: Actor, scope: "pool" | "mine" | "team", limit = 20): Promise<{ total: number; leads: LeadView[] }> {
    const where =
      scope === "pool"
        ? { ownerId: null, status: { in: OPEN }, ...(actor.role === "admin" && !actor.teamId ? {} : { OR: [{ teamId: actor.teamId }, { teamId: null }] }) }
        : scope === "mine"
          ? { ownerId: actor.userId, status: { in: OPEN } }
          : { status: { in: OPEN }, ...(actor.role === "admin" && !actor.teamId ? {} : { teamId: actor.teamId ?? "-" }) };
    if (scope === "team" && actor.role === "rep") throw new PermissionDeniedError("view", "lead");
    const [total, rows] = await Promise.all([
      this.db.lead.count({ where }),
      this.db.lead.findMany({ where, orderBy: [{ score: "desc" }, { number: "asc" }], take: limit }),
    ]);
    return { total, leads: await Promise.all(rows.map((r) => this.view(r))) };
  }

  /** Takes a lead from the pool: only one rep gets it, and no rep holds more than the cap of open leads. */
  async claim(actor: Actor, leadId: string): Promise<LeadView> {
    // Reads outside the transaction go after it: SQLite has one connection, busy until it commits.
    const claimed = await this.db.$transaction(async (tx) => {
      const lead = await tx.lead.findUnique({ where: { id: leadId } });
      if (!lead || !this.mayView(actor, lead)) throw new NotFoundError("lead", leadId);
      if (lead.ownerId === actor.userId) return lead;
      if (lead.ownerId !== null || !OPEN.includes(lead.status as LeadStatus)) throw new InvalidInputError("lead-taken", String(lead.number));
      const held = await tx.lead.count({ where: { ownerId: actor.userId, status: { in: OPEN } } });
      if (held >= this.options.claimCap) throw new InvalidInputError("claim-cap", String(this.options.claimCap));
      const now = this.clock.now();
      // Conditional on still being in the pool: of two reps claiming at once, one gets it.
      const { count } = await tx.lead.updateMany({
        where: { id: lead.id, ownerId: null, version: lead.version },
        data: { ownerId: actor.userId, teamId: actor.teamId ?? lead.teamId, claimedAt: now, lastTouchedAt: now, version: { increment: 1 } },
      });
      if (count === 0) throw new InvalidInputError("lead-taken", String(lead.number));
      const after = await tx.lead.findUniqueOrThrow({ where: { id: lead.id } });
      await writeAudit(tx, actor, { action: "lead.claim", entityType: "lead", entityId: lead.id, before: lead, after });
      return after;
    });
    return this.view(claimed);
  }

  /** A manager (own team) or admin gives a lead to a rep; the rep's cap does not apply. */
  async assign(actor: Actor, leadId: string, userId: string): Promise<LeadView> {
    const owner = await this.db.user.findUnique({ where: { id: userId } });
    if (!owner) throw new NotFoundError("user", userId);
    this.assertMayAssign(actor, owner.teamId);
    return this.changeOwner(actor, leadId, { ownerId: owner.id, teamId: owner.teamId }, "lead.assign");
  }

  /** Back to the pool, by its owner or their manager. A lead of no team has no pool: refused, it stays private. */
  async release(actor: Actor, leadId: string): Promise<LeadView> {
    return this.change(actor, leadId, "lead.release", (lead) => {
      if (!OPEN.includes(lead.status as LeadStatus)) throw new InvalidInputError("lead-closed", String(lead.number));
      if (lead.teamId === null) throw new InvalidInputError("lead-no-pool", String(lead.number));
      return { ownerId: null, claimedAt: null };
    });
  }

  /** contacted / qualified / disqualified (with a reason); a converted lead stays converted. */
  async setStatus(actor: Actor, leadId: string, status: Exclude<LeadStatus, "converted">, reason?: string): Promise<LeadView> {
    if (status === "disqualified" && !reason?.trim()) throw new InvalidInputError("reason", "required");
    return this.change(actor, leadId, "lead.status", (lead) => {
      if (lead.status === "converted") throw new InvalidInputError("lead-converted", String(lead.number));
      return { status, disqualifiedReason: status === "disqualified" ? reason!.trim().slice(0, 500) : null };
    });
  }

  /** Something was done with the lead (a call, a note): it counts for the score and restarts the pool clock. */
  async touch(actor: Actor, leadId: string, note: string): Promise<LeadView> {
    const text = withoutContactDetails(note.trim().slice(0, 2000));
    if (!text) throw new InvalidInputError("note", "empty");
    return this.change(actor, leadId, "lead.note", (lead) => {
      if (!OPEN.includes(lead.status as LeadStatus)) throw new InvalidInputError("lead-closed", String(lead.number));
      return {
        notes: [lead.notes, `${this.clock.now().toISOString().slice(0, 10)} ${text}`].filter(Boolean).join("\n").slice(-8000),
        touches: lead.touches + 1,
        status: lead.status === "new" ? "contacted" : lead.status,
      };
    });
  }

  /**
   * A duplicate the user chose to add to an existing lead: what it lacked (company, title, phone,
   * email, WeChat) is filled in, the text appended to its note; it counts as worked on.
   */
  async mergeInto(actor: Actor, leadId: string, input: LeadInput): Promise<LeadView> {
    const data = validate(leadInputSchema, input);
    return this.change(actor, leadId, "lead.merge", (lead) => {
      if (!OPEN.includes(lead.status as LeadStatus)) throw new InvalidInputError("lead-closed", String(lead.number));
      return this.mergedFields(lead, data);
    });
  }

  /**
   * What a duplicate adds to a lead: the company, title, phone, email, WeChat, region and industry
   * it lacked (sealed and re-hashed), its text appended to the note; it counts as worked on.
   */
  private mergedFields(lead: LeadRow, data: z.output<typeof leadInputSchema>): Partial<LeadRow> {
    const plain = this.fields.open("Lead", lead);
    const fill = {
      ...(!plain.companyName && data.companyName ? { companyName: data.companyName, companyKey: companyKeysOf(data.companyName)[0] ?? null } : {}),
      ...(!plain.title && data.title ? { title: data.title } : {}),
      ...(!lead.region && data.region ? { region: data.region } : {}),
      ...(!lead.industry && data.industry ? { industry: data.industry } : {}),
    };
    const reach = {
      ...(!plain.phone && data.phone ? { phone: data.phone } : {}),
      ...(!plain.email && data.email ? { email: data.email } : {}),
      ...(!plain.wechatId && data.wechatId ? { wechatId: data.wechatId } : {}),
    };
    const hashes = contactHashes(this.fields.cipher, { phone: reach.phone ?? plain.phone, email: reach.email ?? plain.email });
    const note = data.notes ? `${this.clock.now().toISOString().slice(0, 10)} ${withoutContactDetails(data.notes)}` : null;
    return {
      ...this.fields.seal("Lead", fill),
      ...this.fields.seal("Lead", reach),
      ...hashes,
      notes: [lead.notes, note].filter(Boolean).join("\n").slice(-8000) || null,
      touches: lead.touches + 1,
      lastTouchedAt: this.clock.now(),
    };
  }

  /**
   * A corrected field (`lead 3 phone 139…`, `线索 3 公司 京东`): validated, sealed and re-hashed like
   * at creation, re-scored, audited with the old value. Only the lead's owner, their manager or an
   * admin; not once the lead is closed. An empty value clears a field (never the name).
   */
  async edit(actor: Actor, leadId: string, field: LeadEditField, value: string): Promise<LeadView> {
    const next = validate(leadEditSchemas[field], value.trim() === "" && field !== "name" ? null : value);
    return this.change(actor, leadId, "lead.edit", (lead) => {
      if (!OPEN.includes(lead.status as LeadStatus)) throw new InvalidInputError("lead-closed", String(lead.number));
      // seal() encrypts whichever of these columns are sensitive (phone, email and WeChat always).
      if (field === "name") return { ...this.fields.seal("Lead", { name: next! }), searchKey: personSearchKey(next!) };
      if (field === "companyName") return { ...this.fields.seal("Lead", { companyName: next }), companyKey: next ? (companyKeysOf(next)[0] ?? null) : null };
      if (field === "title" || field === "region" || field === "industry") return this.fields.seal("Lead", { [field]: next });
      const plain = { ...this.fields.open("Lead", lead), [field]: next };
      return { ...this.fields.seal("Lead", { [field]: next }), ...contactHashes(this.fields.cipher, { phone: plain.phone, email: plain.email }) };
    });
  }

  /**
   * Owned open leads nobody worked on for `days` go back to their team's pool (rule `lead-return`),
   * each by a conditional update (a lead touched meanwhile stays) and audited as the system.
   */
  async returnIdle(days: number, limit = 500): Promise<{ lead: LeadView; previousOwnerId: string }[]> {
    const cutoff = new Date(this.clock.now().getTime() - days * DAY_MS);
    const idle = await this.db.lead.findMany({
      // A lead of no team has no pool to go back to (the shared pool is everyone's): it stays with its owner.
      where: { ownerId: { not: null }, teamId: { not: null }, status: { in: OPEN }, lastTouchedAt: { lt: cutoff } },
      orderBy: { lastTouchedAt: "asc" },
      take: limit,
    });
    const out: { lead: LeadView; previousOwnerId: string }[] = [];
    for (const lead of idle) {
      const after = await this.db.$transaction(async (tx) => {
        const { count } = await tx.lead.updateMany({
          where: { id: lead.id, version: lead.version, lastTouchedAt: { lt: cutoff } },
          data: { ownerId: null, claimedAt: null, lastTouchedAt: this.clock.now(), version: { increment: 1 } },
        });
        if (count === 0) return null;
        const row = await tx.lead.findUniqueOrThrow({ where: { id: lead.id } });
        await writeAudit(tx, null, { action: "lead.return", entityType: "lead", entityId: lead.id, before: lead, after: row });
        return row;
      });
      if (after) out.push({ lead: await this.view(after), previousOwnerId: lead.ownerId! });
    }
    return out;
  }

  /**
   * Pool leads nobody claimed for `minutes` go to a rep (rule `lead-assign`): one whose territory
   * covers the lead's region or industry (as `by` orders them), else any of the team's active reps —
   * in turn after the last one given a lead (AssignmentCursor "lead:team:<id>", shared by every
   * instance), skipping reps at the claim cap. Each by a conditional update, audited as the system.
   */
  async assignWaiting(
    minutes: number,
    by: readonly AssignBy[] = ["region", "industry"],
    limit = 200,
  ): Promise<{ lead: LeadView; ownerId: string; rule: PickedRep["rule"] }[]> {
    const cutoff = new Date(this.clock.now().getTime() - minutes * 60_000);
    // Leads of a team with no rep free to take them stay; up to 5× the limit are looked at, so a
    // backlog of those does not keep other teams' leads waiting.
    const waiting = await this.db.lead.findMany({
      where: { ownerId: null, teamId: { not: null }, status: { in: OPEN }, lastTouchedAt: { lt: cutoff } },
      // Ties (leads put in the pool at the same moment) in their order: PostgreSQL returns equal keys in any order.
      orderBy: [{ lastTouchedAt: "asc" }, { number: "asc" }],
      take: limit * 5,
    });
    const out: { lead: LeadView; ownerId: string; rule: PickedRep["rule"] }[] = [];
    const full = new Set<string>();
    for (const lead of waiting) {
      if (out.length >= limit) break;
      if (full.has(lead.teamId!)) continue;
      const row = await this.db.$transaction(async (tx) => {
        const reps = await tx.user.findMany({
          where: { teamId: lead.teamId, active: true, role: "rep" },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, regions: true, industries: true },
        });
        const held = new Map(
          (await tx.lead.groupBy({ by: ["ownerId"], where: { ownerId: { in: reps.map((r) => r.id) }, status: { in: OPEN } }, _count: { _all: true } })).map(
            (g) => [g.ownerId!, g._count._all],
          ),
        );
        const key = `lead:team:${lead.teamId}`;
        const cursor = await tx.assignmentCursor.findUnique({ where: { key } });
        const next = pickRep(reps, lead, { by, held, cap: this.options.claimCap, lastUserId: cursor?.lastUserId ?? null });
        if (!next) {
          // No rep of this team can take one now: its other leads wait too.
          full.add(lead.teamId!);
          return null;
        }
        const now = this.clock.now();
        const { count } = await tx.lead.updateMany({
          where: { id: lead.id, ownerId: null, version: lead.version },
          data: { ownerId: next.id, claimedAt: now, lastTouchedAt: now, version: { increment: 1 } },
        });
        if (count === 0) return null;
        await tx.assignmentCursor.upsert({ where: { key }, create: { key, lastUserId: next.id }, update: { lastUserId: next.id } });
        const after = await tx.lead.findUniqueOrThrow({ where: { id: lead.id } });
        await writeAudit(tx, null, { action: "lead.assign", entityType: "lead", entityId: lead.id, before: lead, after: { ...after, rule: next.rule } });
        return { after, rule: next.rule };
      });
      if (row) out.push({ lead: await this.view(row.after), ownerId: row.after.ownerId!, rule: row.rule });
    }
    return out;
  }

  /** Open leads at or above the hot threshold (the `lead-hot` rule alerts each once). */
  async hotLeads(threshold: number, limit = 200): Promise<LeadView[]> {
    const rows = await this.db.lead.findMany({ where: { status: { in: OPEN }, score: { gte: threshold } }, orderBy: { score: "desc" }, take: limit });
    return Promise.all(rows.map((r) => this.view(r)));
  }

  /** A lead's row in plaintext with its owner's and campaign's names. */
  async view(row: LeadRow): Promise<LeadView> {
    const [owner, campaign] = await Promise.all([
      row.ownerId ? this.db.user.findUnique({ where: { id: row.ownerId }, select: { name: true } }) : null,
      row.campaignId ? this.db.campaign.findUnique({ where: { id: row.campaignId }, select: { name: true } }) : null,
    ]);
    const plain = this.fields.open("Lead", row);
    return { ...plain, scoreReasons: JSON.parse(row.scoreReasons) as ScoreReason[], ownerName: owner?.name ?? null, campaignName: campaign?.name ?? null };
  }

  /**
   * The owner, the lead's team and admins see a lead. A lead of no team (its owner has none) is its
   * owner's alone; one in no team's pool (a source without a team) is everyone's to claim.
   */
  mayView(actor: Actor, lead: { ownerId: string | null; teamId: string | null }): boolean {
    if (actor.role === "admin" || lead.ownerId === actor.userId) return true;
    if (lead.teamId === null) return lead.ownerId === null;
    return actor.teamId !== null && actor.teamId === lead.teamId;
  }

  mayChange(actor: Actor, lead: { ownerId: string | null; teamId: string | null }): boolean {
    if (actor.role === "admin" || lead.ownerId === actor.userId) return true;
    return actor.role === "manager" && actor.teamId !== null && (actor.teamId === lead.teamId || (lead.teamId === null && lead.ownerId === null));
  }

  private assertMayAssign(actor: Actor, ownerTeamId: string | null) {
    const may = actor.role === "admin" || (actor.role === "manager" && actor.teamId !== null && actor.teamId === ownerTeamId);
    if (!may) throw new PermissionDeniedError("assign", "lead");
  }

  private async campaignNamed(name: string) {
    const all = await this.db.campaign.findMany({ select: { id: true, name: true } });
    return all.find((c) => c.name.toLowerCase() === name.trim().toLowerCase()) ?? null;
  }

  private async changeOwner(actor: Actor, leadId: string, owner: { ownerId: string | null; teamId?: string | null }, action: string) {
    return this.change(actor, leadId, action, (lead) => {
      if (!OPEN.includes(lead.status as LeadStatus)) throw new InvalidInputError("lead-closed", String(lead.number));
      return { ownerId: owner.ownerId, ...(owner.teamId !== undefined ? { teamId: owner.teamId } : {}), claimedAt: owner.ownerId ? this.clock.now() : null };
    });
  }

  /** One audited change of a lead the actor may change, re-scored, with the pool clock restarted. */
  private async change(actor: Actor, leadId: string, action: string, patch: (lead: LeadRow) => Partial<LeadRow>): Promise<LeadView> {
    const rules = await this.scoreRules();
    const after = await this.db.$transaction(async (tx) => {
      const lead = await tx.lead.findUnique({ where: { id: leadId } });
      if (!lead || !this.mayView(actor, lead)) throw new NotFoundError("lead", leadId);
      if (!this.mayChange(actor, lead)) throw new PermissionDeniedError("change", "lead", String(lead.number));
      const data = patch(lead);
      const { count } = await tx.lead.updateMany({
        where: { id: lead.id, version: lead.version },
        data: { ...data, lastTouchedAt: this.clock.now(), version: { increment: 1 } },
      });
      if (count === 0) throw new InvalidInputError("lead-changed", String(lead.number));
      const row = await this.rescore(tx, await tx.lead.findUniqueOrThrow({ where: { id: lead.id } }), rules);
      await writeAudit(tx, actor, { action, entityType: "lead", entityId: lead.id, before: lead, after: row });
      return row;
    });
    return this.view(after);
  }

  private async rescore(tx: Tx | DbOrTx, row: LeadRow, rules: LeadScoreRules): Promise<LeadRow> {
    const plain = this.fields.open("Lead", row);
    const { score, reasons } = scoreLead(plain, rules);
    if (score === row.score && JSON.stringify(reasons) === row.scoreReasons) return row;
    return tx.lead.update({ where: { id: row.id }, data: { score, scoreReasons: JSON.stringify(reasons) } });
  }
}
