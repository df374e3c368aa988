import { PermissionDeniedError } from "../../domain/shared/errors.js";
import { canViewShared } from "../../domain/users/permissions.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { EN_TITLE_WORDS } from "../parse/name-lexicon.js";
import { PRIVACY_WORDS, privacyRequest } from "../privacy/privacy.command.js";
import { type Command, subcommandOf } from "./command.js";
import { listContacts } from "./contact-list.js";
import { TrashM } from "../i18n/trash-messages.js";
import { undoOffer } from "../flows/undo-offer.js";
import { MERGE_WORDS, mergeRequest } from "./merge-request.js";
import { formatBirthday } from "../../cards/format.js";
import { jsonList, label } from "../../cards/labels.js";
import { declared } from "./declaration.js";
import { contactDeclaration } from "./contact.declaration.js";
import { takeLeadingCompany } from "./resolve-company.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";
import { applyContactEdit, splitContactEdit } from "./contact-edit.js";

const PHONE = /^\+?[\d-]{5,20}$/;
// A piece of a number written with spaces: "+1 415 555 0100", "138 0013 8000", "(021) 6234 5678".
const PHONE_PART = /^\+?\(?\d[\d()-]*$/;

/**
 * The first run of words that together read as one phone number (5–20 digits), so a number
 * written with spaces is stored as the phone, not split into the title.
 */
function findPhoneRun(tokens: string[]): { start: number; end: number } | undefined {
  for (let start = 0; start < tokens.length; start++) {
    if (!PHONE_PART.test(tokens[start]!)) continue;
    let end = start + 1;
    while (end < tokens.length && PHONE_PART.test(tokens[end]!) && !tokens[end]!.startsWith("+")) end++;
    const digits = tokens.slice(start, end).join("").replace(/\D/g, "").length;
    if (digits >= 5 && digits <= 20 && (end - start > 1 || PHONE.test(tokens[start]!))) return { start, end };
  }
  return undefined;
}

export const contactCommand: Command = {
  ...declared(contactDeclaration),
  async run(ctx, args) {
    const [word, ...rest] = args;
    const sub = subcommandOf(word);
    const privacy = word ? PRIVACY_WORDS[word.toLowerCase()] : undefined;
    if (privacy) return privacyRequest(ctx, privacy, rest.join(" "));
    if (sub === "new" && rest.length >= 2) return addContact(ctx, rest);
    if (sub === "show" && rest.length > 0) return showContact(ctx, rest.join(" "));
    if (sub === "list" && rest.length > 0) return listContacts(ctx, rest);
    if (sub === "delete" && rest.length > 0) return deleteContact(ctx, rest.join(" "));
    if (MERGE_WORDS.includes((word ?? "").toLowerCase()) && rest.length >= 2) return mergeRequest(ctx, "contact", rest.join(" "));
    // "contact 张总 phone 138…", "联系人 李工 职位 CTO": one field of a contact.
    const edit = sub === null ? splitContactEdit(args.join(" ")) : null;
    if (edit) return applyContactEdit(ctx, edit);
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

async function addContact(ctx: TurnContext, tokens: string[]): Replies {
  const { company, rest } = await takeLeadingCompany(ctx, tokens, 1);
  // Any word with an "@" is meant as the email; the domain validates it (a typo must not become the title).
  const email = rest.find((t) => t.includes("@"));
  const phoneRun = findPhoneRun(rest);
  const phone = phoneRun ? rest.slice(phoneRun.start, phoneRun.end).join(" ") : undefined;
  const words = rest.filter((t, i) => t !== email && !(phoneRun && i >= phoneRun.start && i < phoneRun.end));
  // A token with a space inside was quoted ("Bob Smith", “张 一鸣”): it is the whole name. Otherwise two
  // Latin words are one English name ("Li Lei") unless the second starts a title ("Jill VP Sales").
  const quoted = /\s/.test(words[0] ?? "");
  const latinName =
    !quoted &&
    words.length >= 2 &&
    /^[A-Za-z]/.test(words[0]!) &&
    /^[A-Z]/.test(words[1]!) &&
    !EN_TITLE_WORDS.has(words[1]!.toLowerCase().replace(/[.,]$/, ""));
  const nameWords = latinName ? 2 : 1;
  const contact = await ctx.domain.contacts.create(ctx.actor, {
    companyId: company.id,
    name: words.slice(0, nameWords).join(" "),
    ...(words.length > nameWords ? { title: words.slice(nameWords).join(" ") } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
  });
  return [{ text: M.contactCreated[ctx.locale](contact.name, company.name) }];
}

async function showContact(ctx: TurnContext, name: string): Replies {
  const found = await ctx.domain.contacts.findByName(name);
  const contact = await ctx.domain.contacts.get(found.id);
  if (!canViewShared(ctx.actor, contact.company)) throw new PermissionDeniedError("view", "contact", contact.id);
  const zh = ctx.locale === "zh";
  const none = zh ? "无" : "none";
  return onlyForAsker(ctx, [
    {
      card: {
        title: `${contact.name} · ${contact.company.name}`,
        blocks: [
          {
            type: "fields",
            fields: [
              { label: zh ? "职位" : "Title", value: contact.title ?? none },
              { label: zh ? "电话" : "Phone", value: contact.phone ?? none },
              { label: zh ? "邮箱" : "Email", value: contact.email ?? none },
              { label: zh ? "微信" : "WeChat", value: contact.wechatId ?? none },
              ...(contact.birthday ? [{ label: zh ? "生日" : "Birthday", value: formatBirthday(contact.birthday, ctx.locale) }] : []),
              ...(jsonList(contact.tags, ctx.locale) ? [{ label: zh ? "标签" : "Tags", value: jsonList(contact.tags, ctx.locale) }] : []),
            ],
          },
          // Edit opens a form where the channel has them; it carries the version shown.
          {
            type: "actions",
            buttons: [{ label: label("edit", ctx.locale), actionId: "form.open", value: `edit-contact:${contact.id}:${contact.updatedAt.getTime()}` }],
          },
        ],
      },
    },
  ]);
}

/** "contact remove 张总" / "联系人 移除 张总": to the recycle bin, with an Undo button ("删除" is the privacy erase). */
async function deleteContact(ctx: TurnContext, name: string): Replies {
  const found = await ctx.domain.contacts.findByName(name);
  const deleted = await ctx.domain.trash.deleteContact(ctx.actor, found.id);
  return [{ text: TrashM.contactDeleted[ctx.locale](deleted.label) }, ...undoOffer(ctx)];
}
