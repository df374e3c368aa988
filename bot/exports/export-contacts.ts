import { label } from "../../cards/labels.js";
import { parseTags } from "../../domain/companies/company.service.js";
import type { TurnContext } from "../context.js";
import type { Reply } from "../types.js";
import { ExportM } from "./export-messages.js";
import type { ExportPlan } from "./export-plan.js";

/** `export contacts [<company>]`: the people at the customers the asker may see (one customer's when named). */
export async function contactsExport(ctx: TurnContext, tokens: string[]): Promise<ExportPlan | { replies: Reply[] }> {
  const l = ctx.locale;
  let companyId: string | undefined;
  const name = tokens.join(" ").trim();
  if (name) {
    const found = await ctx.domain.companies.search(name);
    if (found.kind !== "one") return { replies: [{ text: ExportM.unknownContactsOf[l](name) }] };
    companyId = found.match.id;
  }
  const exports = ctx.domain.exports;
  return {
    kind: "contacts",
    filters: name,
    columns: [
      { header: ExportM.name[l], width: 14 },
      { header: label("company", l), width: 24 },
      { header: ExportM.jobTitle[l], width: 14 },
      { header: ExportM.phone[l], width: 16 },
      { header: ExportM.email[l], width: 24 },
      { header: ExportM.wechat[l], width: 14 },
      { header: label("birthday", l), width: 12 },
      { header: label("tags", l), width: 20 },
    ],
    async *rows() {
      for await (const batch of exports.contacts(ctx.actor, companyId)) {
        yield batch.map((c) => [c.name, c.companyName, c.title, c.phone, c.email, c.wechatId, c.birthday?.replace(/^--/u, ""), parseTags(c.tags).join(", ")]);
      }
    },
  };
}
