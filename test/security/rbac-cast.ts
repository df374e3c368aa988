import type { BotOptions } from "../../bot/bot.js";
import type { BotResponse } from "../../bot/types.js";
import { createHarness, type Harness, type Person, textOf } from "../bot-harness.js";

const person = (id: string, name: string): Person => ({ platformUserId: id, displayName: name, locale: "en" });

/** Admin; reps li and amy and manager mia in team north; rep bob and manager max in team south. */
export const CAST = {
  boss: person("boss", "Boss"),
  li: person("li", "Li"),
  amy: person("amy", "Amy"),
  mia: person("mia", "Mia"),
  bob: person("bob", "Bob"),
  max: person("max", "Max"),
};
export type Who = keyof typeof CAST;
export const EVERYONE = Object.keys(CAST) as Who[];

export interface RbacWorld {
  h: Harness;
  dealId: string;
  followUpId: string;
  contactId: string;
}

/** Li (rep, north) owns company Northwind, deal #1 on it, a follow-up and contact Zhang. */
export async function createRbacWorld(options: BotOptions = {}): Promise<RbacWorld> {
  const h = await createHarness(undefined, options);
  await h.say(CAST.boss, "help");
  for (const who of ["li", "amy", "mia", "bob", "max"] as const) await h.say(CAST[who], "help");
  for (const cmd of [
    "user team li north",
    "user team amy north",
    "user team mia north",
    "user role mia manager",
    "user team bob south",
    "user team max south",
    "user role max manager",
  ]) {
    await h.say(CAST.boss, cmd);
  }
  await h.say(CAST.li, "company add Northwind A");
  await h.say(CAST.li, "deal new Northwind 10k");
  await h.say(CAST.li, "contact add Northwind Zhang 13800138000");
  await h.say(CAST.li, "followup add tomorrow 3pm call Zhang at Northwind");
  const deal = await h.t.db.deal.findUniqueOrThrow({ where: { number: 1 } });
  const followUp = await h.t.db.followUp.findFirstOrThrow();
  const contact = await h.t.db.contact.findFirstOrThrow();
  return { h, dealId: deal.id, followUpId: followUp.id, contactId: contact.id };
}

/** "denied" when the bot refused for lack of rights, else "allowed". */
export function outcome(response: BotResponse): "allowed" | "denied" {
  return /don't have permission|Only an admin/.test(textOf(response)) ? "denied" : "allowed";
}
