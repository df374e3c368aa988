import { describe, expect, it } from "vitest";
import { REFERENCES, plusDays, show, wallDate, weekday } from "./date-test-oracle.js";
import { parseSentence } from "./parse-sentence.js";

/**
 * A bare weekend takes its side from the clause: "周末跟腾讯吃了个饭" reports the weekend just gone
 * (it was logged as a meeting planned for the coming Saturday), "周末去拜访华为" plans the next one.
 */
const REPORTED = [
  "周末跟腾讯吃了个饭",
  "周末和华为李总打了场高尔夫",
  "周末拜访了华为",
  "周末见了京东的王总",
  "周末跟小米通了电话",
  "over the weekend had dinner with Globex",
  "met Globex on the weekend",
  "called Initech over the weekend, they want a demo",
  "had drinks with the Contoso team on the weekend",
  // the second review found these planned for the coming Saturday
  "talked to Globex over the weekend, they want a quote",
  "reached out to Initech over the weekend",
  "emailed the proposal to Globex over the weekend",
  "spoke with Globex over the weekend about pricing",
  "周末去了趟华为，聊了续约",
  "周末去腾讯拜访了王总",
  "周末王总打电话说预算批了",
  "周末腾讯回复了邮件",
];

const PLANNED = [
  "周末去拜访华为",
  "周末约了腾讯吃饭",
  "周末拜访华为",
  "周末再约京东见面",
  "let's meet Globex on the weekend",
  "dinner with Initech this weekend",
  // arranged or relayed for the weekend, with a 了 or a past verb before it (the review found these dated last Saturday)
  "定了周末去拜访腾讯",
  "跟腾讯说好了周末一起吃饭",
  "已经跟腾讯敲定了周末见面",
  "腾讯答应了周末给答复",
  "腾讯王总同意了周末来公司看演示",
  "给腾讯打了电话周末一起吃饭",
  "emailed Globex, they said they'd reply over the weekend",
  "Globex promised to sign over the weekend",
  "locked in dinner with Globex on the weekend",
  "Globex CFO asked to talk on the weekend",
  "texted the Globex CFO about golf on the weekend",
];

describe.each(REFERENCES)("a bare weekend follows the clause's tense ($label)", ({ now, timezone }) => {
  const today = wallDate(now, timezone);
  const wd = weekday(today);
  // The weekend just gone starts on the last Saturday (today on a Saturday).
  const lastSaturday = plusDays(today, wd === 6 ? 0 : -((wd + 1) % 7));
  const nextSaturday = plusDays(today, wd === 0 ? 6 : 6 - wd);

  it.each(REPORTED)("%s", (text) => {
    const parsed = parseSentence(text, { now, timezone });
    expect(parsed.planned).toBe(false);
    expect(parsed.followUp).toBeNull();
    const at = parsed.occurredAt?.at;
    // Saturday or, once it has come, Sunday: never a day ahead.
    expect([show(lastSaturday), show(plusDays(lastSaturday, 1))]).toContain(at && show(wallDate(at, timezone)));
    if (wd >= 1 && wd <= 5) expect(show(wallDate(at!, timezone))).toBe(show(lastSaturday));
    expect(at!.getTime()).toBeLessThanOrEqual(now.getTime());
  });

  // Said during a weekend, "this weekend" is partly today: only weekdays are checked here.
  it.each(PLANNED)("%s", (text) => {
    if (wd === 0 || wd === 6) return;
    const parsed = parseSentence(text, { now, timezone });
    // a call or an email made today may be logged; nothing is dated on the weekend gone
    if (parsed.occurredAt) expect(parsed.occurredAt.at.getTime()).toBeGreaterThan(now.getTime() - 86_400_000);
    const follow = parsed.followUp?.at;
    expect(follow && show(wallDate(follow, timezone))).toBe(show(nextSaturday));
  });
});
