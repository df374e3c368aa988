import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import { currencySchema } from "../deals/deal.schemas.js";
import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import { InvalidInputError, PermissionDeniedError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";

const MICRO = 1_000_000;
const rateSchema = z.object({ currency: currencySchema, rate: z.number().positive().max(1_000_000).finite() });

/** A total over several currencies in the base currency; `missing` names currencies without a rate (left out). */
export interface ConvertedTotal {
  base: string;
  totalMinor: number;
  missing: string[];
}

/** The rates read once for a reply: converts amounts per currency into the base currency. */
export class Converter {
  constructor(
    readonly base: string,
    private readonly micro: ReadonlyMap<string, bigint>,
  ) {}

  /** One amount in the base currency, or null without a rate. Minor units in, minor units out. */
  toBase(minor: number | bigint, currency: string): number | null {
    if (currency === this.base) return Number(minor);
    const rate = this.micro.get(currency);
    if (rate === undefined) return null;
    return Number((BigInt(minor) * rate + BigInt(MICRO / 2)) / BigInt(MICRO));
  }

  /** An amount in another currency (through the base currency), or null when either side has no rate. */
  convert(minor: number | bigint, from: string, to: string): number | null {
    if (from === to) return Number(minor);
    const base = this.toBase(minor, from);
    if (base === null || to === this.base) return base;
    const rate = this.micro.get(to);
    if (rate === undefined) return null;
    return Number((BigInt(base) * BigInt(MICRO) + rate / 2n) / rate);
  }

  total(amounts: Readonly<Record<string, number | bigint>>): ConvertedTotal {
    let totalMinor = 0;
    const missing: string[] = [];
    for (const [currency, minor] of Object.entries(amounts)) {
      const converted = this.toBase(minor, currency);
      if (converted === null) missing.push(currency);
      else totalMinor += converted;
    }
    return { base: this.base, totalMinor, missing };
  }
}

/**
 * The rate table (ExchangeRate): one rate per currency against the base currency, set by admins.
 * Totals over several currencies (forecast, receivables) add a line converted with it.
 */
export class ExchangeRateService {
  constructor(
    private readonly db: Db,
    readonly base: string,
  ) {}

  async list() {
    return this.db.exchangeRate.findMany({ orderBy: { currency: "asc" } });
  }

  async set(actor: Actor, input: { currency: string; rate: number }) {
    if (actor.role !== "admin") throw new PermissionDeniedError("set", "rate");
    const data = validate(rateSchema, input);
    if (data.currency === this.base) throw new InvalidInputError("currency", `${this.base} is the base currency`);
    const rateMicro = BigInt(Math.round(data.rate * MICRO));
    return this.db.$transaction(async (tx) => {
      const before = await tx.exchangeRate.findUnique({ where: { currency: data.currency } });
      const after = await tx.exchangeRate.upsert({
        where: { currency: data.currency },
        create: { currency: data.currency, rateMicro, updatedById: actor.userId },
        update: { rateMicro, updatedById: actor.userId },
      });
      await writeAudit(tx, actor, { action: "rate.set", entityType: "rate", entityId: data.currency, before, after });
      return after;
    });
  }

  async remove(actor: Actor, currency: string) {
    if (actor.role !== "admin") throw new PermissionDeniedError("remove", "rate");
    const code = validate(currencySchema, currency);
    return this.db.$transaction(async (tx) => {
      const before = await tx.exchangeRate.findUnique({ where: { currency: code } });
      if (!before) return null;
      await tx.exchangeRate.delete({ where: { currency: code } });
      await writeAudit(tx, actor, { action: "rate.remove", entityType: "rate", entityId: code, before, after: null });
      return before;
    });
  }

  async converter(): Promise<Converter> {
    const rows = await this.list();
    return new Converter(this.base, new Map(rows.map((r) => [r.currency, r.rateMicro])));
  }
}

/** A rate as people write it: 7.1, not 7100000. */
export function rateOf(rateMicro: bigint): number {
  return Number(rateMicro) / MICRO;
}
