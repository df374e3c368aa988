import { companySearchKey } from "../shared/search-key.js";
import type { Db } from "../shared/db.js";

export interface KnownCompany {
  id: string;
  name: string;
  teamId: string | null;
  ownerId: string | null;
  /** Created by the import this context serves (a later row of the same customer adds to it). */
  ours: boolean;
  /** Created by an earlier run of this job: it may have people already (looked up in the database). */
  people?: number;
  /** People this run gave it (their name and contact hashes), to keep a later row from adding them twice. */
  peopleAdded?: { name: string; phoneHash: string | null; emailHash: string | null }[];
}

/**
 * What an import matches rows against, read once per run: every customer's name keys (name, short
 * name, pinyin, aliases — the CRM's own duplicate rule), the users by name, and the customers this
 * import created so far.
 */
export class ImportContext {
  private constructor(
    private readonly byKey: Map<string, KnownCompany>,
    readonly users: Map<string, { id: string; teamId: string | null }>,
  ) {}

  static async load(db: Db, createdByJob: ReadonlySet<string>): Promise<ImportContext> {
    const byKey = new Map<string, KnownCompany>();
    const companies = await db.company.findMany({ select: { id: true, name: true, searchKey: true, teamId: true, ownerId: true } });
    for (const c of companies) {
      // A customer created by an earlier run of this job may have its people already: checked in the database.
      const known = {
        id: c.id,
        name: c.name,
        teamId: c.teamId,
        ownerId: c.ownerId,
        ours: createdByJob.has(c.id),
        ...(createdByJob.has(c.id) ? { people: 1 } : {}),
      };
      for (const key of c.searchKey.split(" ")) if (key && !byKey.has(key)) byKey.set(key, known);
    }
    const users = new Map<string, { id: string; teamId: string | null }>();
    for (const u of await db.user.findMany({ where: { active: true }, select: { id: true, name: true, teamId: true } }))
      users.set(u.name.toLowerCase(), { id: u.id, teamId: u.teamId });
    return new ImportContext(byKey, users);
  }

  /** The customer a name means: the first of its keys that is known (its short name first). */
  find(name: string): KnownCompany | undefined {
    for (const key of this.searchKey(name).split(" ")) {
      const known = this.byKey.get(key);
      if (known) return known;
    }
    return undefined;
  }

  add(name: string, company: Omit<KnownCompany, "ours">): KnownCompany {
    const known = { ...company, ours: true };
    for (const key of this.searchKey(name).split(" ")) if (key && !this.byKey.has(key)) this.byKey.set(key, known);
    return known;
  }

  /**
   * A name's search key (its short name, pinyin, aliases), remembered for the names of the batch
   * in hand: a row asks for its customer's several times (the batch's look-up of open deals,
   * find, the new row's column, add), and the pinyin is the dearest part of an import row.
   */
  searchKey(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      if (this.keys.size >= 2_000) this.keys.clear();
      key = companySearchKey(name);
      this.keys.set(name, key);
    }
    return key;
  }

  private readonly keys = new Map<string, string>();
}
