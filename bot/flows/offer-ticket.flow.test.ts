import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, button, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

// Found in a new-user run: "美的的服务器宕机了，客户很着急" was logged as a note and nothing more.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => h.close());

describe("a logged product problem offers a ticket", () => {
  it("the button raises an urgent ticket on that customer; the note is logged either way", async () => {
    const reply = await h.say(LI, "华为的服务器宕机了，客户很着急，要求今天解决");
    expect(textOf(reply)).toContain("已记录");
    expect(textOf(reply)).toContain("工单");
    expect(await h.t.db.ticket.count()).toBe(0);
    await h.press(
      LI,
      button(reply, (b) => b.label === "新建工单"),
    );
    const ticket = await h.t.db.ticket.findFirstOrThrow({ include: { company: true } });
    expect(ticket).toMatchObject({ priority: "urgent" });
    expect(ticket.company.name).toBe("华为");
    expect(ticket.title).toContain("宕机");
    expect(await h.t.db.activity.count()).toBe(1);
  });

  it("in English, at normal priority", async () => {
    const reply = await h.say(AMY, "Acme says the login page is broken, they're pretty upset");
    await h.press(
      AMY,
      button(reply, (b) => b.label === "Open a ticket"),
    );
    expect(await h.t.db.ticket.findFirstOrThrow()).toMatchObject({ priority: "normal" });
  });

  it("no offer for a sentence without a problem, or a problem already fixed", async () => {
    for (const text of ["跟华为通了电话，下周二报价", "华为上周的故障已经解决了，客户很满意"]) {
      const reply = await h.say(LI, text);
      expect(textOf(reply)).not.toContain("工单");
    }
  });
});
