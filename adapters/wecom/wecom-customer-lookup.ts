import { z } from "zod";
import type { WecomApiClient } from "./wecom-api.client.js";

/** What WeCom says about a customer (客户联系 externalcontact/get): their name, company and title. */
export interface WecomCustomer {
  name?: string;
  companyName?: string;
  title?: string;
}

const customerSchema = z.object({
  external_contact: z.object({
    name: z.string().max(200).optional(),
    corp_full_name: z.string().max(200).optional(),
    corp_name: z.string().max(200).optional(),
    position: z.string().max(200).optional(),
  }),
});
const groupSchema = z.object({ group_chat: z.object({ owner: z.string().min(1).max(128) }) });

/** WeCom wants its answer within 5 s; a look-up that takes longer is given up and the event goes on without it. */
export const LOOKUP_BUDGET_MS = 2_500;

/**
 * The customer's name, company and title, or null when WeCom does not answer in time, refuses (the
 * app lacks 客户联系 permission) or answers something else: the lead is then named by its id.
 */
export async function lookUpCustomer(api: Pick<WecomApiClient, "read">, externalUserId: string, budgetMs = LOOKUP_BUDGET_MS): Promise<WecomCustomer | null> {
  const answer = await within(budgetMs, () => api.read("/cgi-bin/externalcontact/get", { external_userid: externalUserId }));
  const parsed = customerSchema.safeParse(answer);
  if (!parsed.success) return null;
  const c = parsed.data.external_contact;
  const clean = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  const companyName = clean(c.corp_full_name) ?? clean(c.corp_name);
  return {
    ...(clean(c.name) ? { name: clean(c.name) } : {}),
    ...(companyName ? { companyName } : {}),
    ...(clean(c.position) ? { title: clean(c.position) } : {}),
  };
}

/** The member who owns a customer group (groupchat/get): the rep whose customer left it. Null when unknown. */
export async function lookUpGroupOwner(api: Pick<WecomApiClient, "call">, chatId: string, budgetMs = LOOKUP_BUDGET_MS): Promise<string | null> {
  const answer = await within(budgetMs, () => api.call("/cgi-bin/externalcontact/groupchat/get", { chat_id: chatId, need_name: 0 }));
  const parsed = groupSchema.safeParse(answer);
  return parsed.success ? parsed.data.group_chat.owner : null;
}

/** The call's answer, or null when it fails or takes longer than the budget (the call is left to finish unread). */
async function within<T>(budgetMs: number, call: () => Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([call().catch(() => null), new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), budgetMs)))]);
  } finally {
    clearTimeout(timer);
  }
}
