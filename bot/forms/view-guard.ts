import { PermissionDeniedError } from "../../domain/shared/errors.js";
import { canViewShared } from "../../domain/users/permissions.js";
import type { TurnContext } from "../context.js";

/** A customer's values (and its contacts') are shown only to those who may see the customer. */
export async function assertMayViewCompany(ctx: TurnContext, companyId: string): Promise<void> {
  const company = await ctx.domain.companies.get(companyId);
  if (!canViewShared(ctx.actor, company)) throw new PermissionDeniedError("view", "company", companyId);
}
