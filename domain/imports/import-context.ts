import { companySearchKey } from "../shared/search-key.js";
import type { Db } from "../shared/db.js";
import { byText, rememberRecent } from "../shared/remember-recent.js";

/** A customer as the import sees it: made on each look-up from the context's compact tables (never kept per customer). */
export interface KnownCompany {
  /** Its place in the context: what a batch keys what it fetched for the customer by. */
  index: number;
  id: string;
  name: string;
  teamId: string | null;
  ownerId: string | null;
  /** Created by the import this context serves (a later row of the same customer adds to it). */
  ours: boolean;
}

/**
 * What an import matches rows against, read once per run: every customer's name keys (name, short
 * name, pinyin, aliases — the CRM's own duplicate rule), the users by name, and the customers this
 * import created so far.
 *
 * It is the one thing an import keeps for every row, so it is kept small (about 300 bytes a
 * customer instead of the ~1.6 KB of an object per customer with its people): one map from each
 * name key to a customer's number, and the customer's id, name, team and owner in arrays by that
 * number (team and owner ids interned: a team's thousand customers share one string). The people of
 * a customer are not kept; a batch reads those of its rows' customers in one query (ImportBatchData).
 */
export class ImportContext {
  private readonly byKey = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly teamIds: (string | null)[] = [];
  private readonly ownerIds: (string | null)[] = [];
  /** 1 where the customer was created by this import (this run or an earlier run of the same job). */
  private ours = new Uint8Array(1024);
  private readonly interned = new Map<string, string>();
  private readonly keyOf = rememberRecent(2_000, byText, companySearchKey);

  private constructor(readonly users: Map<string, { id: string; teamId: string | null }>) {}

  static async load(db: Db, createdByJob: ReadonlySet<string>): Promise<ImportContext> {
    const users = new Map<string, { id: string; teamId: string | null }>();
    for (const u of await db.user.findMany({ where: { active: true }, select: { id: true, name: true, teamId: true } }))
      users.set(u.name.toLowerCase(), { id: u.id, teamId: u.teamId });
    const ctx = new ImportContext(users);
    const companies = await db.company.findMany({ select: { id: true, name: true, searchKey: true, teamId: true, ownerId: true } });
    for (const c of companies) ctx.remember(c.searchKey, c, createdByJob.has(c.id));
    return ctx;
  }

  /** The customer a name means: the first of its keys that is known (its short name first). */
  find(name: string): KnownCompany | undefined {
    for (const key of this.searchKey(name).split(" ")) {
      const index = this.byKey.get(key);
      if (index !== undefined) return this.at(index);
    }
    return undefined;
  }

  /** A customer this import creates (or would, in a preview): later rows naming it by any of its keys find it. */
  add(name: string, company: Omit<KnownCompany, "ours" | "index" | "name">): KnownCompany {
    return this.at(this.remember(this.searchKey(name), { ...company, name }, true));
  }

  /**
   * A name's search key (its short name, pinyin, aliases), remembered for the names of the batch
   * in hand: a row asks for its customer's several times (the batch's look-ups, find, the new
   * row's column, add), and the pinyin is the dearest part of an import row.
   */
  searchKey(name: string): string {
    return this.keyOf(name);
  }

  private remember(searchKey: string, c: { id: string; name: string; teamId: string | null; ownerId: string | null }, ours: boolean): number {
    const index = this.ids.length;
    this.ids.push(c.id);
    this.names.push(c.name);
    this.teamIds.push(this.intern(c.teamId));
    this.ownerIds.push(this.intern(c.ownerId));
    if (index >= this.ours.length) {
      const grown = new Uint8Array(this.ours.length * 2);
      grown.set(this.ours);
      this.ours = grown;
    }
    this.ours[index] = ours ? 1 : 0;
    for (const key of searchKey.split(" ")) {
      // The name itself is usually one of the keys: the map then holds the name's string, not a second copy.
      if (key && !this.byKey.has(key)) this.byKey.set(key === c.name ? c.name : flat(key), index);
    }
    return index;
  }

  private at(index: number): KnownCompany {
    return {
      index,
      id: this.ids[index]!,
      name: this.names[index]!,
      teamId: this.teamIds[index]!,
      ownerId: this.ownerIds[index]!,
      ours: this.ours[index] === 1,
    };
  }

  private intern(id: string | null): string | null {
    if (id === null) return null;
    let kept = this.interned.get(id);
    if (kept === undefined) {
      kept = id;
      this.interned.set(id, id);
    }
    return kept;
  }
}

/**
 * A key cut from a search key is a slice that keeps the whole search key alive (V8 slices strings of
 * 13 characters or more instead of copying them); a copy of its own is smaller than that, and a
 * round trip through a buffer makes one.
 */
function flat(key: string): string {
  return key.length < 13 ? key : Buffer.from(key, "utf8").toString("utf8");
}
