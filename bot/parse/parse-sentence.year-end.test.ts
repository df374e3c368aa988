// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp } from "./test-support.js";

/**
 * Probe 42 (year-end, Wednesday 20:30 in Shanghai): "华为那边嫌200万太贵，想砍到170" set the deal to ¥1,700,000; "去掉两台
 * 服务器，每台15万" and "drop 5 seats ($2k each)" set it to the removed amount; "budget for next yr is 120k but not committing
 * yet" changed it; "gotta swing by…", "going to Contoso's holiday party tonight" and "In-person w Acme CFO next Thurs" were
 * logged as notes held; an OOO reply was no e-mail; "合同卡在法务" was a bare task.
 */
const ZONE = "Asia/Shanghai";
const NOW = instantAt("2027-12-22T20:30", ZONE);
const read = (text: string, zone = ZONE) => parseSentence(text, { now: NOW, timezone: zone });

describe("year-end deal talk", () => {
  it.each([
    "华为那边嫌200万太贵，想砍到170",
    "美的希望降到150万",
    "Globex said their budget for next yr is 120k but not committing yet",
  ])("%s: no change", (text) => {
    expect(read(text).amount).toBeNull();
  });

  it("华为想砍到170万，老板同意了 is made", () => {
    expect(read("华为想砍到170万，老板同意了").amount?.minor).toBe(170_000_000);
  });

  it.each([
    ["华为减配，去掉两台服务器，每台15万", 30_000_000],
    ["Globex wants to drop 5 seats ($2k each) so minus 10k", 1_000_000],
  ])("%s: what is taken off", (text, minor) => {
    expect(read(text).amount).toMatchObject({ minor, change: "down" });
  });
});

describe("year-end plans and kinds", () => {
  it.each([
    ["gotta swing by Northwind's office Monday to pick up the signed contract", "America/New_York"],
    ["going to Contoso's holiday party tonight at 7 🍾", "America/New_York"],
  ])("%s is a task for later", (text, zone) => {
    const parsed = read(text, zone);
    expect(parsed.taskOnly).toBe(true);
    expect(parsed.followUp).not.toBeNull();
  });

  it("In-person w Acme CFO next Thurs 9:30am at their HQ is a visit planned", () => {
    const parsed = read("In-person w Acme CFO next Thurs 9:30am at their HQ", "America/New_York");
    expect(parsed).toMatchObject({ activity: "visit", planned: true });
    expect(parsed.followUp && localStamp(parsed.followUp.at, "America/New_York")).toBe("2027-12-30 09:30");
  });

  it.each(["got an OOO reply from Fabrikam's procurement guy, back Jan 3. ping him then", "auto-reply from Initech, she's out till the 5th"])("%s is an e-mail", (text) => {
    expect(read(text, "America/New_York").activity).toBe("email");
  });

  it("阿里的合同卡在法务，29号上午我再催一下 is news with its step", () => {
    const parsed = read("阿里的合同卡在法务，29号上午我再催一下");
    expect(parsed.taskOnly).toBe(false);
    expect(parsed.followUp && localStamp(parsed.followUp.at, ZONE)).toBe("2027-12-29 09:00");
  });
});
