import { formatMoney } from "../../cards/format.js";
import { type ContractView, contractMoney } from "../../domain/contracts/contract.service.js";
import { AmbiguousError, NotFoundError } from "../../domain/shared/errors.js";
import type { TurnContext } from "../context.js";

export type FoundContract = NonNullable<ContractView>;

/** "3", "#3", "合同3", "contract 3": a contract's number. */
const NUMBER_REF = /^(?:#|合同|contract\s*)?(\d{1,9})$/iu;

/**
 * The contract a command names: by its number, or by its customer (the one with money still owed
 * when there are several). Null when the customer has no contract; several → the bot asks which.
 */
export async function findContract(ctx: TurnContext, refText: string): Promise<{ contract: FoundContract } | { noContract: string }> {
  const number = NUMBER_REF.exec(refText.trim());
  if (number) {
    const [contract] = await ctx.domain.contracts.find(ctx.actor, { number: Number(number[1]) });
    if (!contract) throw new NotFoundError("contract", refText);
    return { contract };
  }
  const found = await ctx.domain.companies.search(refText);
  if (found.kind === "none") throw new NotFoundError("company", refText);
  if (found.kind === "many")
    throw new AmbiguousError(
      "company",
      refText,
      found.matches.map((c) => ({ id: c.id, label: c.name, ref: c.name })),
    );
  const contracts = await ctx.domain.contracts.find(ctx.actor, { companyId: found.match.id });
  if (contracts.length === 0) return { noContract: found.match.name };
  if (contracts.length > 1) {
    const candidates = contracts.map((c) => {
      const balance = formatMoney(contractMoney(c, ctx.now).balanceMinor, c.currency, ctx.locale);
      const label = ctx.locale === "zh" ? `合同 ${c.number}（未回款 ${balance}）` : `contract ${c.number} (balance ${balance})`;
      return { id: c.id, label, ref: `#${c.number}` };
    });
    throw new AmbiguousError("contract", refText, candidates);
  }
  return { contract: contracts[0]! };
}
