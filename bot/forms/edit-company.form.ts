import { z } from "zod";
import { COMPANY_STATUS_NAMES, label } from "../../cards/labels.js";
import { COMPANY_STATUSES, type CompanyProfilePatch, TIERS } from "../../domain/companies/company.schemas.js";
import { parseTags } from "../../domain/companies/company.service.js";
import { nameListDiff } from "../../domain/shared/name-list.js";
import { formatAuditLines } from "../commands/audit-format.js";
import { showCompanyById } from "../commands/company.command.js";
import type { TurnContext } from "../context.js";
import { assertMayViewCompany } from "./view-guard.js";
import { F, FormReplyM } from "../i18n/form-messages.js";
import type { Locale, Reply } from "../types.js";
import { type FormDefinition, type FormValues, fieldErrors, given } from "./form.js";

const listText = z.string().trim().max(1000).optional();
const schema = z.object({
  name: z.string().trim().min(1).max(200),
  aliases: listText,
  tier: z.enum(TIERS),
  status: z.enum(COMPANY_STATUSES),
  industry: z.string().trim().max(100).optional(),
  region: z.string().trim().max(100).optional(),
  tags: listText,
});
const read = (v: FormValues) => ({
  name: v.name ?? "",
  aliases: given(v.aliases),
  tier: v.tier ?? "",
  status: v.status ?? "",
  industry: given(v.industry),
  region: given(v.region),
  tags: given(v.tags),
});

/** "<company id>:<updatedAt ms>": the customer and the moment of the version the editor was shown. */
function readRecord(record: string | undefined): { companyId: string; seen: number } | null {
  const m = /^([A-Za-z0-9_-]{1,64}):(\d{1,15})$/u.exec(record ?? "");
  return m ? { companyId: m[1]!, seen: Number(m[2]) } : null;
}

const splitList = (text: string | undefined) =>
  (text ?? "")
    .split(/[,，、;；]/u)
    .map((t) => t.trim())
    .filter(Boolean);

const options = <T extends string>(values: readonly T[], name: (v: T) => string) => values.map((v) => ({ label: name(v), value: v }));

/**
 * "Edit customer" (a Slack modal, from the Edit button on a customer card): name, other names, tier,
 * lifecycle status, industry, region, tags. Saves only what changed, through the same profile edit as
 * the chat commands; a customer changed after the form was opened is not overwritten.
 */
export const editCompanyForm: FormDefinition = {
  formId: "edit-company",
  async guard(ctx, record) {
    await assertMayViewCompany(ctx, readRecord(record)?.companyId ?? "");
  },
  async card(domain, locale, _prefill, record) {
    const ref = readRecord(record);
    const company = ref ? await domain.companies.get(ref.companyId).catch(() => null) : null;
    if (!company) return { title: F.unknownForm[locale], blocks: [] };
    const text = (id: string, labelText: string, initial: string | null | undefined, required = false) => ({
      type: "input" as const,
      input: { id, label: labelText, kind: "text" as const, required, ...(initial ? { initial } : {}) },
    });
    const join = (json: string) => parseTags(json).join(", ");
    return {
      title: `${F.editCompanyTitle[locale]} · ${company.name}`,
      blocks: [
        text("name", F.company[locale], company.name, true),
        text("aliases", label("aliases", locale), join(company.aliases)),
        {
          type: "input",
          input: { id: "tier", label: label("tier", locale), kind: "select", required: true, initial: company.tier, options: options(TIERS, (t) => t) },
        },
        {
          type: "input",
          input: {
            id: "status",
            label: label("status", locale),
            kind: "select",
            required: true,
            initial: company.status,
            options: options(COMPANY_STATUSES, (s) => COMPANY_STATUS_NAMES[s]?.[locale] ?? s),
          },
        },
        text("industry", label("industry", locale), company.industry),
        text("region", label("region", locale), company.region),
        text("tags", label("tags", locale), join(company.tags)),
      ],
    };
  },
  validate(values, locale) {
    const parsed = schema.safeParse(read(values));
    return parsed.success ? {} : fieldErrors(parsed.error, locale);
  },
  async submit(ctx, values, record) {
    const ref = readRecord(record);
    if (!ref) return [{ text: F.unknownForm[ctx.locale] }];
    const input = schema.parse(read(values));
    const company = await ctx.domain.companies.get(ref.companyId);
    if (company.updatedAt.getTime() > ref.seen) return changedMeanwhile(ctx, company.id, company.name, new Date(ref.seen));
    const patch: CompanyProfilePatch = {};
    if (input.name !== company.name) patch.name = input.name;
    if (input.tier !== company.tier) patch.tier = input.tier;
    if (input.status !== company.status) patch.status = input.status;
    if ((input.industry ?? null) !== company.industry) patch.industry = input.industry ?? null;
    if ((input.region ?? null) !== company.region) patch.region = input.region ?? null;
    const aliases = nameListDiff(parseTags(company.aliases), splitList(input.aliases));
    if (aliases.add.length > 0) patch.addAliases = aliases.add;
    if (aliases.remove.length > 0) patch.removeAliases = aliases.remove;
    const tags = nameListDiff(parseTags(company.tags), splitList(input.tags));
    if (tags.add.length > 0) patch.addTags = tags.add;
    if (tags.remove.length > 0) patch.removeTags = tags.remove;
    if (Object.keys(patch).length === 0) return [{ text: FormReplyM.nothingChangedOn[ctx.locale](company.name) }];
    const updated = await ctx.domain.companies.updateProfile(ctx.actor, company.id, patch);
    const fields = Object.keys(patch).map((k) => fieldName(k, ctx.locale));
    return [
      { text: FormReplyM.companyUpdated[ctx.locale](updated.name, [...new Set(fields)].join(ctx.locale === "zh" ? "、" : ", ")) },
      ...(await showCompanyById(ctx, company.id)),
    ];
  },
};

function fieldName(key: string, locale: Locale): string {
  if (key === "name") return F.company[locale];
  if (key === "addAliases" || key === "removeAliases") return label("aliases", locale);
  if (key === "addTags" || key === "removeTags") return label("tags", locale);
  return label(key as "tier" | "status" | "industry" | "region", locale);
}

/** The customer changed after the form was opened: nothing is saved; the editor sees who changed what. */
async function changedMeanwhile(ctx: TurnContext, companyId: string, name: string, since: Date): Promise<Reply[]> {
  const lines = await formatAuditLines(ctx, await ctx.domain.audit.changesSince("company", companyId, since));
  return [{ text: [FormReplyM.companyChangedMeanwhile[ctx.locale](name), ...lines].join("\n") }, ...(await showCompanyById(ctx, companyId))];
}
