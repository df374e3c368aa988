import { z } from "zod";
import { label } from "../../cards/labels.js";
import { type ContactPatch, phoneSchema } from "../../domain/companies/company.schemas.js";
import { parseTags } from "../../domain/companies/company.service.js";
import { nameListDiff } from "../../domain/shared/name-list.js";
import { formatAuditLines } from "../commands/audit-format.js";
import { readBirthday } from "../commands/birthday.js";
import { F, FormReplyM } from "../i18n/form-messages.js";
import type { Locale } from "../types.js";
import { assertMayViewCompany } from "./view-guard.js";
import { type FormDefinition, type FormValues, fieldErrors, given } from "./form.js";

const schema = z.object({
  name: z.string().trim().min(1).max(100),
  title: z.string().trim().max(100).optional(),
  // The CRM's own rules, so a bad value is named here (and the field asked again) instead of refused on save.
  phone: phoneSchema.optional(),
  email: z.email("email").max(200).optional(),
  wechatId: z.string().trim().max(100).optional(),
  birthday: z
    .string()
    .trim()
    .max(30)
    .optional()
    .refine((b) => b === undefined || readBirthday(b) !== null, "birthday"),
  tags: z.string().trim().max(1000).optional(),
});
const FIELDS = ["title", "phone", "email", "wechatId"] as const;
const read = (v: FormValues) => ({
  name: v.name ?? "",
  title: given(v.title),
  phone: given(v.phone),
  email: given(v.email),
  wechatId: given(v.wechatId),
  birthday: given(v.birthday),
  tags: given(v.tags),
});

/** "<contact id>:<updatedAt ms>". */
function readRecord(record: string | undefined): { contactId: string; seen: number } | null {
  const m = /^([A-Za-z0-9_-]{1,64}):(\d{1,15})$/u.exec(record ?? "");
  return m ? { contactId: m[1]!, seen: Number(m[2]) } : null;
}

const LABELS: Record<string, Record<Locale, string>> = {
  name: { zh: "姓名", en: "Name" },
  title: { zh: "职位", en: "Title" },
  phone: { zh: "电话", en: "Phone" },
  email: { zh: "邮箱", en: "Email" },
  wechatId: { zh: "微信", en: "WeChat" },
};

/**
 * "Edit contact" (a Slack modal, from the Edit button on a contact card): name, title, phone, email,
 * WeChat, birthday, tags. Validated and stored like the chat commands (encrypted, duplicates refused);
 * a contact changed after the form was opened is not overwritten.
 */
export const editContactForm: FormDefinition = {
  formId: "edit-contact",
  async guard(ctx, record) {
    const contact = await ctx.domain.contacts.get(readRecord(record)?.contactId ?? "");
    await assertMayViewCompany(ctx, contact.companyId);
  },
  async card(domain, locale, _prefill, record) {
    const ref = readRecord(record);
    const contact = ref ? await domain.contacts.get(ref.contactId).catch(() => null) : null;
    if (!contact) return { title: F.unknownForm[locale], blocks: [] };
    const text = (id: string, labelText: string, initial: string | null | undefined, required = false) => ({
      type: "input" as const,
      input: { id, label: labelText, kind: "text" as const, required, ...(initial ? { initial } : {}) },
    });
    return {
      title: `${F.editContactTitle[locale]} · ${contact.name}`,
      blocks: [
        text("name", LABELS.name![locale], contact.name, true),
        ...FIELDS.map((f) => text(f, LABELS[f]![locale], contact[f])),
        text("birthday", label("birthday", locale), contact.birthday?.replace(/^-/u, "")),
        text("tags", label("tags", locale), parseTags(contact.tags).join(", ")),
      ],
    };
  },
  validate(values, locale) {
    const parsed = schema.safeParse(read(values));
    if (parsed.success) return {};
    const errors = fieldErrors(parsed.error, locale);
    if (parsed.error.issues.some((i) => i.message === "birthday")) errors.birthday = F.notABirthday[locale];
    if (parsed.error.issues.some((i) => i.path[0] === "phone")) errors.phone = F.notAPhone[locale];
    if (parsed.error.issues.some((i) => i.path[0] === "email")) errors.email = F.notAnEmail[locale];
    return errors;
  },
  async submit(ctx, values, record) {
    const ref = readRecord(record);
    if (!ref) return [{ text: F.unknownForm[ctx.locale] }];
    const input = schema.parse(read(values));
    const contact = await ctx.domain.contacts.get(ref.contactId);
    if (contact.updatedAt.getTime() > ref.seen) {
      const lines = await formatAuditLines(ctx, await ctx.domain.audit.changesSince("contact", contact.id, new Date(ref.seen)));
      return [{ text: [FormReplyM.contactChangedMeanwhile[ctx.locale](contact.name), ...lines].join("\n") }];
    }
    const patch: ContactPatch = {};
    if (input.name !== contact.name) patch.name = input.name;
    for (const f of FIELDS) if ((input[f] ?? null) !== (contact[f] ?? null)) patch[f] = input[f] ?? null;
    const birthday = input.birthday ? readBirthday(input.birthday) : null;
    if (birthday !== (contact.birthday ?? null)) patch.birthday = birthday;
    const wanted = (input.tags ?? "")
      .split(/[,，、;；]/u)
      .map((t) => t.trim())
      .filter(Boolean);
    const { add, remove } = nameListDiff(parseTags(contact.tags), wanted);
    if (add.length > 0) patch.addTags = add;
    if (remove.length > 0) patch.removeTags = remove;
    if (Object.keys(patch).length === 0) return [{ text: FormReplyM.nothingChangedOn[ctx.locale](contact.name) }];
    const updated = await ctx.domain.contacts.update(ctx.actor, contact.id, patch);
    const names = Object.keys(patch).map((k) => LABELS[k]?.[ctx.locale] ?? (k === "birthday" ? label("birthday", ctx.locale) : label("tags", ctx.locale)));
    return [{ text: FormReplyM.contactUpdated[ctx.locale](updated.name, [...new Set(names)].join(ctx.locale === "zh" ? "、" : ", ")) }];
  },
};
