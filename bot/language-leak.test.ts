import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, type Person, createHarnessWithCompanies, textOf } from "../test/bot-harness.js";

// Issue 14, language leaks: text with no language of its own is answered in the user's language.
const NO_SIGNAL = [
  "1",
  "2",
  "3",
  "ok",
  "OK",
  "okay",
  "IBM",
  "SAP",
  "#12",
  "#1",
  "D-12",
  "👍",
  "👌",
  "🙏",
  "Acme Robotics",
  "?",
  "+1",
  "yes",
  "no",
  "thanks",
  "200000",
  "50k",
  "Q3",
  "...",
];
const HAN = /\p{Script=Han}/u;

describe("replies to text with no language signal", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarnessWithCompanies();
  });
  afterAll(() => h.close());

  it.each(NO_SIGNAL)("a Chinese user typing %j is answered in Chinese", async (text) => {
    const reply = textOf(await h.say(LI, text));
    expect(reply.length).toBeGreaterThan(0);
    expect(reply).toMatch(HAN);
  });

  it.each(NO_SIGNAL)("an English user typing %j is answered in English", async (text) => {
    const reply = textOf(await h.say(AMY, text));
    expect(reply.length).toBeGreaterThan(0);
    expect(reply).not.toMatch(HAN);
  });

  it("a new user whose first message has no signal gets the default (Chinese), not English", async () => {
    const newcomer: Person = { platformUserId: "new-zh", displayName: "小张" };
    expect(textOf(await h.say(newcomer, "1"))).toMatch(HAN);
    expect(textOf(await h.say(newcomer, "ok"))).toMatch(HAN);
  });

  it("a new user whose platform says English keeps English for a bare number", async () => {
    const newcomer: Person = { platformUserId: "new-en", displayName: "Sam", locale: "en" };
    expect(textOf(await h.say(newcomer, "1"))).not.toMatch(HAN);
  });

  it("a Chinese user writing an English sentence is answered in English", async () => {
    expect(textOf(await h.say(LI, "what is the status of Acme Corp?"))).not.toMatch(/^[^\n]*\p{Script=Han}/u);
  });
});
