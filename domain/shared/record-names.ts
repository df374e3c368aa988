import type { Db } from "./db.js";

export interface NameRequest {
  users?: readonly string[];
  companies?: readonly string[];
  contacts?: readonly string[];
  deals?: readonly string[];
  teams?: readonly string[];
}

export interface Names {
  users: { id: string; name: string }[];
  companies: { id: string; name: string }[];
  /** Names as stored: an encrypted one stays sealed, for the caller to hide. */
  contacts: { id: string; name: string }[];
  deals: { id: string; number: number; title: string }[];
  teams: { id: string; name: string }[];
}

const ids = (list: readonly string[] | undefined) => [...new Set(list ?? [])];

/**
 * Names and numbers of records known by id, for wording a reply (an audit line, who decided an
 * approval, the team a customer moved to). Reads only; no permission is implied by a name.
 */
export class RecordNames {
  constructor(private readonly db: Db) {}

  /** One query per kind, for all ids at once. */
  async many(request: NameRequest): Promise<Names> {
    const { db } = this;
    const [users, companies, contacts, deals, teams] = await Promise.all([
      db.user.findMany({ where: { id: { in: ids(request.users) } }, select: { id: true, name: true } }),
      db.company.findMany({ where: { id: { in: ids(request.companies) } }, select: { id: true, name: true } }),
      db.contact.findMany({ where: { id: { in: ids(request.contacts) } }, select: { id: true, name: true } }),
      db.deal.findMany({ where: { id: { in: ids(request.deals) } }, select: { id: true, number: true, title: true } }),
      db.team.findMany({ where: { id: { in: ids(request.teams) } }, select: { id: true, name: true } }),
    ]);
    return { users, companies, contacts, deals, teams };
  }

  async userName(id: string | null | undefined): Promise<string | null> {
    if (!id) return null;
    return (await this.db.user.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
  }

  async teamName(id: string | null | undefined): Promise<string | null> {
    if (!id) return null;
    return (await this.db.team.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
  }

  async quoteNumber(id: string): Promise<string | null> {
    return (await this.db.quote.findUnique({ where: { id }, select: { number: true } }))?.number ?? null;
  }

  /** A contact by id, erased ones included (their trail is still asked for by id). */
  async contact(id: string): Promise<{ id: string; name: string } | null> {
    return this.db.contact.findUnique({ where: { id }, select: { id: true, name: true } });
  }

  async ticketByNumber(number: number): Promise<{ id: string; number: number; title: string } | null> {
    return this.db.ticket.findUnique({ where: { number }, select: { id: true, number: true, title: true } });
  }
}
