import { transferCompany } from "./company-transfer.js";
import { mergeCompanies, recordsOf } from "./company-merge.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, Tx } from "../shared/db.js";
import { AmbiguousError, ConflictError, NotFoundError } from "../shared/errors.js";
import { type MatchResult, matchByName } from "../shared/fuzzy-match.js";
import { companySearchKey, companySearchKeyWithAliases, normalizeText, stripCompanySuffix, toPinyin } from "../shared/search-key.js";
import { ephemeralSensitiveFields, type SensitiveFields } from "../shared/sensitive-fields.js";
import { validate } from "../shared/validate.js";
import { editNameList } from "../shared/name-list.js";
import { type CompanyMention, findMentions, type MentionEntry, mentionEntry } from "./company-mentions.js";
import { soundAlikes } from "./sound-alike.js";
import { type CompanyInput, type CompanyProfilePatch, MAX_ALIASES, MAX_TAGS, companyInputSchema, companyProfileSchema } from "./company.schemas.js";
import { assertMayWriteCustomers } from "../users/customer-access.js";
import { InvalidInputError } from "../shared/errors.js";

export type CompanyRecord = Awaited<ReturnType<CompanyService["get"]>>;

// Fuzzy (typo) matching scans at most this many companies; exact and substring hits use the index.
const FUZZY_SCAN_LIMIT = 5000;
// The mention scan keeps every company's keys in memory; rebuilt on this process's writes, and
// after this long for companies another process added.
const MENTION_INDEX_TTL_MS = 60_000;
const MENTION_INDEX_LIMIT = 50_000;

/** How many customers a filtered list looks through (newest first). */
const LIST_SCAN_LIMIT = 5000;

export class CompanyService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    // Industry and region are encrypted when an admin marks them sensitive (CRM_SENSITIVE_FIELDS).
    private readonly fields: SensitiveFields = ephemeralSensitiveFields(),
  ) {}

  private mentionIndex: { builtAt: number; entries: Promise<MentionEntry[]> } | null = null;

  /** Customers were written outside this service (an import): the next sentence reads the names afresh. */
  forgetMentionIndex(): void {
    this.mentionIndex = null;
  }

  /**
   * Known companies named anywhere in a sentence ("跟进华为，2周后回访", "lost to Globex"), one per
   * place in the text, the longest name winning. Reads a cached key list, not the table, per message.
   */
  async mentionedIn(text: string): Promise<readonly CompanyMention[]> {
    return findMentions(await this.mentionEntries(), text);
  }

  /** Known Chinese customers the text names with a homophone ("腾迅" for 腾讯): candidates to offer, never a match. */
  async soundingLike(text: string): Promise<{ id: string; name: string; written: string }[]> {
    return soundAlikes(await this.mentionEntries(), text);
  }

  private mentionEntries(): Promise<MentionEntry[]> {
    const now = Date.now();
    if (!this.mentionIndex || now - this.mentionIndex.builtAt > MENTION_INDEX_TTL_MS) {
      const entries = this.db.company
        .findMany({ select: { id: true, name: true, searchKey: true }, take: MENTION_INDEX_LIMIT, orderBy: { updatedAt: "desc" } })
        .then((rows) => rows.map(mentionEntry));
      this.mentionIndex = { builtAt: now, entries };
      entries.catch(() => (this.mentionIndex = null));
    }
    return this.mentionIndex.entries;
  }

  async create(actor: Actor, input: CompanyInput) {
    return this.db.$transaction((tx) => this.createIn(tx, actor, input));
  }

  async createIn(tx: Tx, actor: Actor, input: CompanyInput) {
    const data = validate(companyInputSchema, input);
    const searchKey = companySearchKey(data.name);
    // The same short name as another customer's name, alias or pinyin is that customer ("Huawei" when 华为 has it).
    await assertNamesFree(tx, "", [data.name]);
    const company = await tx.company.create({
      data: this.fields.seal("Company", {
        name: data.name,
        searchKey,
        industry: data.industry ?? null,
        region: data.region ?? null,
        tier: data.tier,
        tags: JSON.stringify(data.tags),
        ownerId: actor.userId,
        teamId: actor.teamId,
        lastInteractionAt: this.clock.now(),
      }),
    });
    await writeAudit(tx, actor, { action: "company.create", entityType: "company", entityId: company.id, after: company });
    this.mentionIndex = null;
    return this.fields.open("Company", company);
  }

  /**
   * Changes a customer's tier, industry, region or tags in one audited transaction. Whoever may
   * write the customer (its owner's team, managers, admins) may; the reply is the changed record.
   */
  async updateProfile(actor: Actor, companyId: string, patch: CompanyProfilePatch) {
    const data = validate(companyProfileSchema, patch);
    return this.db.$transaction(async (tx) => {
      const stored = await tx.company.findUnique({ where: { id: companyId } });
      if (!stored) throw new NotFoundError("company", companyId);
      await assertMayWriteCustomers(tx, actor, [companyId]);
      const before = this.fields.open("Company", stored);
      const tags = editNameList(parseTags(before.tags), data.addTags, data.removeTags);
      if (tags.length > MAX_TAGS) throw new InvalidInputError("tags", `at most ${MAX_TAGS}`);
      const name = data.name ?? stored.name;
      const aliases = editNameList(parseTags(stored.aliases), data.addAliases, data.removeAliases).filter((a) => normalizeText(a) !== normalizeText(name));
      if (aliases.length > MAX_ALIASES) throw new InvalidInputError("aliases", `at most ${MAX_ALIASES}`);
      const renamed = data.name !== undefined || data.addAliases !== undefined || data.removeAliases !== undefined;
      const searchKey = renamed ? companySearchKeyWithAliases(name, aliases) : stored.searchKey;
      // A new name or alias another customer already answers to would make both unfindable by it.
      if (renamed) await assertNamesFree(tx, companyId, [name, ...(data.addAliases ?? [])]);
      const updated = await tx.company.update({
        where: { id: companyId },
        data: this.fields.seal("Company", {
          ...(renamed ? { name, searchKey, aliases: JSON.stringify(aliases) } : {}),
          ...(data.status !== undefined ? { status: data.status } : {}),
          ...(data.tier !== undefined ? { tier: data.tier } : {}),
          ...(data.industry !== undefined ? { industry: data.industry } : {}),
          ...(data.region !== undefined ? { region: data.region } : {}),
          ...(data.addTags || data.removeTags ? { tags: JSON.stringify(tags) } : {}),
        }),
      });
      await writeAudit(tx, actor, { action: "company.update", entityType: "company", entityId: companyId, before: stored, after: updated });
      if (renamed) this.mentionIndex = null;
      return this.fields.open("Company", updated);
    });
  }

  /**
   * Customers by tier and tag (in the database), newest first, opened for reading: industry and
   * region may be encrypted columns, so the caller filters on them in memory.
   */
  async list(filter: { tier?: "A" | "B" | "C"; status?: string; ownerId?: string }, limit = LIST_SCAN_LIMIT) {
    const rows = await this.db.company.findMany({
      where: {
        ...(filter.tier ? { tier: filter.tier } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
      },
      orderBy: { updatedAt: "desc" },
      take: limit,
    });
    return rows.map((row) => this.fields.open("Company", row));
  }

  /** Id and name of each company that exists, for labelling choices (at most 50 ids are read). */
  async namesOf(ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    if (ids.length === 0) return [];
    return this.db.company.findMany({ where: { id: { in: [...new Set(ids)].slice(0, 50) } }, select: { id: true, name: true } });
  }

  /** A customer handed to another owner (companies/company-transfer.ts). */
  transfer(actor: Actor, companyId: string, newOwnerId: string) {
    return transferCompany(this.db, actor, companyId, newOwnerId);
  }

  async get(id: string) {
    const company = await this.db.company.findUnique({ where: { id } });
    if (!company) throw new NotFoundError("company", id);
    return this.fields.open("Company", company);
  }

  /** Finds one company by what a person typed (Chinese, pinyin, short or legal name, small typos). */
  async findByName(query: string) {
    const matches = await this.search(query);
    if (matches.kind === "one") return matches.match;
    if (matches.kind === "none") throw new NotFoundError("company", query);
    throw new AmbiguousError(
      "company",
      query,
      matches.matches.map((c) => ({ id: c.id, label: c.name, ref: c.name })),
    );
  }

  async search(query: string) {
    const keys = [normalizeText(stripCompanySuffix(query)), toPinyin(stripCompanySuffix(query))].filter((k) => k.length > 0);
    if (keys.length === 0) return { kind: "none" as const };
    const near = await this.db.company.findMany({
      where: { OR: keys.map((k) => ({ searchKey: { contains: k } })) },
      take: 50,
    });
    const byKey = near.map((c) => ({ ...this.fields.open("Company", c), label: c.name }));
    const direct = matchByName(query, byKey);
    if (direct.kind === "one") return unlessShortNameShared(query, direct.match, byKey);
    if (direct.kind !== "none") return direct;
    const all = await this.db.company.findMany({ take: FUZZY_SCAN_LIMIT, orderBy: { updatedAt: "desc" } });
    return matchByName(
      query,
      all.map((c) => ({ ...this.fields.open("Company", c), label: c.name })),
    );
  }

  /** Everything a rep wants on one screen: deals, recent activities, open tickets, open follow-ups. */
  /** Merges a duplicate customer into another (company-merge.ts); the mention index is rebuilt. */
  async merge(actor: Actor, duplicateId: string, keepId: string) {
    const result = await mergeCompanies(this.db, actor, duplicateId, keepId);
    this.mentionIndex = null;
    return result;
  }

  /** What a merge of this customer would move. */
  recordsOf(companyId: string) {
    return recordsOf(this.db, companyId);
  }

  async overview(id: string) {
    const company = await this.db.company.findUnique({
      where: { id },
      include: {
        contacts: { where: { erasedAt: null }, orderBy: { name: "asc" }, take: 10 },
        deals: { include: { stage: true, owner: true }, orderBy: { updatedAt: "desc" }, take: 10 },
        activities: { include: { actor: true, contact: true }, orderBy: { occurredAt: "desc" }, take: 5 },
        tickets: { where: { status: { in: ["open", "pending"] } }, orderBy: { slaDueAt: "asc" }, take: 5 },
        followUps: { where: { done: false }, orderBy: { dueAt: "asc" }, take: 5 },
      },
    });
    if (!company) throw new NotFoundError("company", id);
    const open = <A extends { contact: object | null }>(a: A): A => ({ ...a, contact: a.contact && this.fields.open("Contact", a.contact) });
    return {
      ...this.fields.open("Company", company),
      contacts: company.contacts.map((c) => this.fields.open("Contact", c)),
      activities: company.activities.map(open),
    };
  }
}

/**
 * "Acme" is the short name of "Acme Corp", but when "Acme Logistics" exists too the person may
 * mean either, so the bot must ask. Typing a company's full name still picks it.
 */
function unlessShortNameShared<T extends { id: string; name: string; searchKey: string }>(query: string, match: T, near: readonly T[]): MatchResult<T> {
  const q = normalizeText(query);
  if (q === normalizeText(match.name)) return { kind: "one", match };
  const wanted = [q, toPinyin(query)].filter((k) => k.length > 0);
  const others = near.filter((c) => c.id !== match.id && c.searchKey.split(" ").some((k) => wanted.some((w) => k.startsWith(w))));
  return others.length === 0 ? { kind: "one", match } : { kind: "many", matches: [match, ...others].slice(0, 5) };
}

/** Company.tags is a JSON array of strings; anything else reads as no tags. */
export function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

/** Refuses a name or alias whose short key is another customer's short key or full name. */
async function assertNamesFree(tx: Tx, companyId: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const short = companySearchKey(name).split(" ")[0]!;
    const same = await tx.company.findFirst({
      where: {
        id: { not: companyId },
        OR: [
          { searchKey: short },
          { searchKey: { startsWith: `${short} ` } },
          { searchKey: { contains: ` ${short} ` } },
          { searchKey: { endsWith: ` ${short}` } },
        ],
      },
    });
    if (same) throw new ConflictError("company", same.name);
  }
}
