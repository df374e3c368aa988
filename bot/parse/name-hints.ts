interface Hint {
  name: string;
  score: number;
  index: number;
}

/**
 * Collects candidates from several patterns. Stronger evidence (a company
 * suffix, a title like 张总) ranks first; ties keep text order.
 */
export class NameHints {
  private readonly companies = new Map<string, Hint>();
  private readonly contacts = new Map<string, Hint>();

  company(name: string, score: number, index: number): void {
    this.add(this.companies, name, score, index);
  }

  contact(name: string, score: number, index: number): void {
    this.add(this.contacts, name, score, index);
  }

  private add(target: Map<string, Hint>, raw: string, score: number, index: number): void {
    const name = raw.trim();
    if (name.length < 2 || name.length > 60) return;
    const key = name.toLowerCase();
    const existing = target.get(key);
    if (!existing || existing.score < score) {
      target.set(key, { name, score, index: Math.min(index, existing?.index ?? index) });
    }
  }

  result(): { companyHints: string[]; contactHints: string[] } {
    // The same string cannot be both; trust whichever pattern was more certain.
    for (const [key, company] of this.companies) {
      const contact = this.contacts.get(key);
      if (!contact) continue;
      if (contact.score > company.score) this.companies.delete(key);
      else if (company.score > contact.score) this.contacts.delete(key);
    }
    const order = (a: Hint, b: Hint): number => b.score - a.score || a.index - b.index;
    // "Acme" next to a better-supported "Acme Corp" adds nothing for the resolver
    const withoutFragments = (hints: Hint[]): Hint[] => hints.filter((h) => !hints.some((o) => o !== h && o.score >= h.score && o.name.includes(h.name)));
    return {
      companyHints: withoutFragments([...this.companies.values()])
        .sort(order)
        .map((h) => h.name),
      contactHints: withoutFragments([...this.contacts.values()])
        .sort(order)
        .map((h) => h.name),
    };
  }
}
