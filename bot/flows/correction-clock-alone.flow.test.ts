import { afterEach, describe, expect, it } from "vitest";
import { localStamp } from "../parse/test-support.js";
import { AMY, LI, type Harness, type Person, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// "约了比亚迪明天上午十点", then "改到下午两点" typed after 14:00 answered 没看懂: the clock alone, already gone today,
// was read as a time past and the correction took only dates ahead. A clock alone keeps the follow-up's day.
let h: Harness;
afterEach(() => h.close());

const openFollowUps = () => h.t.db.followUp.findMany({ where: { done: false }, orderBy: { dueAt: "asc" } });

const MORNING = new Date("2026-11-25T02:00:00Z"); // Wed 10:00 Shanghai
const AFTERNOON = new Date("2026-11-25T08:00:00Z"); // Wed 16:00 Shanghai
const NIGHT = new Date("2026-11-25T15:30:00Z"); // Wed 23:30 Shanghai

describe("a clock alone moves the follow-up within its day, whatever the time now", () => {
  it.each([
    [AFTERNOON, LI, "约了华为明天上午十点", "改到下午两点", "2026-11-26 14:00"],
    [AFTERNOON, LI, "约了华为明天上午十点", "改成下午两点", "2026-11-26 14:00"],
    [AFTERNOON, LI, "约了华为明天上午十点", "不对，改到下午两点", "2026-11-26 14:00"],
    [AFTERNOON, LI, "约了华为明天上午十点", "不对，是下午2点", "2026-11-26 14:00"],
    [NIGHT, LI, "约了华为明天上午十点", "改到下午两点", "2026-11-26 14:00"],
    [MORNING, LI, "约了华为明天上午十点", "改到下午两点", "2026-11-26 14:00"],
    [AFTERNOON, LI, "约了华为下周一下午3点开会", "不对，是上午10点", "2026-11-30 10:00"],
    [AFTERNOON, AMY, "call Acme Corp tomorrow 10am", "make it 2pm", "2026-11-26 14:00"],
    [AFTERNOON, AMY, "call Acme Corp tomorrow 10am", "actually 11am", "2026-11-26 11:00"],
    // a day said with the clock still names that day
    [AFTERNOON, LI, "约了华为明天上午十点", "改到后天下午两点", "2026-11-27 14:00"],
  ] as [Date, Person, string, string, string][])("%s %s: %s, then %s", async (now, who, first, fix, due) => {
    h = await createHarnessWithCompanies(now);
    await h.say(AMY, "user timezone Asia/Shanghai");
    await h.say(who, first);
    const reply = await h.say(who, fix);
    const open = await openFollowUps();
    expect(open).toHaveLength(1);
    expect(localStamp(open[0]!.dueAt, "Asia/Shanghai")).toMatch(new RegExp(`^${due}`));
    expect(textOf(reply)).toMatch(/已更正|Corrected/u);
  });
});
