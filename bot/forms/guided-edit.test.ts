import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonsOf } from "../../cards/model.js";
import { AMY, BOSS, button, createHarnessWithCompanies, dealRow, type Harness, LI, textOf } from "../../test/bot-harness.js";

// WeCom, DingTalk, Wechaty and the terminal have no modals: the Edit button asks one field at a time.
// Acme Corp belongs to Amy (English, Asia/Shanghai); 华为 (tier A) to 李雷.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(AMY, "deal new Acme Corp 20k"); // #1
});
afterEach(async () => h.close());

const pressEdit = async (who = AMY, show = "deal show 1") =>
  h.press(
    who,
    button(await h.say(who, show), (b) => b.actionId === "form.open"),
  );
const cardOf = (r: Awaited<ReturnType<typeof pressEdit>>) => r.replies.find((x) => x.card)!.card!;

describe("guided edit (the Edit button where there are no modals)", () => {
  it("shows the current values numbered, one button per field, and saves the field pressed", async () => {
    const edit = await pressEdit();
    const card = cardOf(edit);
    expect(textOf(edit)).toMatch(/2\. Amount: 20000 USD/u);
    expect(textOf(edit)).toMatch(/3\. Expected close: —/u);
    const amount = button(edit, (b) => b.label === "Amount");
    expect(amount.actionId).toBe("form.field");
    expect(buttonsOf(card).length).toBeLessThanOrEqual(6);
    const asked = await h.press(AMY, amount);
    expect(textOf(asked)).toMatch(/Edit deal #1: reply with the new Amount \(now: 20000 USD\)/u);
    const saved = await h.say(AMY, "25k");
    expect(textOf(saved)).toMatch(/Deal #1 updated: Amount \(\$25,000\)/u);
    expect(await dealRow(h, 1)).toMatchObject({ amountMinor: 2_500_000n, currency: "USD", title: "Acme Corp" });
    // The question was answered once: the next message is a message again.
    expect(textOf(await h.say(AMY, "30k"))).not.toMatch(/updated/u);
    expect((await dealRow(h, 1)).amountMinor).toBe(2_500_000n);
  });

  it("takes a typed field name or number with the value, dates in words in the editor's zone", async () => {
    await pressEdit();
    expect(textOf(await h.say(AMY, "expected close: Dec 20"))).toMatch(/Deal #1 updated: Expected close/u);
    expect((await dealRow(h, 1)).expectedCloseAt?.toISOString()).toBe("2026-12-20T12:00:00.000Z");
    await pressEdit();
    await h.say(AMY, "5");
    expect(textOf(await h.say(AMY, "end of next month"))).toMatch(/updated: Contract ends/u);
    expect((await dealRow(h, 1)).endsAt?.toISOString()).toBe("2026-12-31T12:00:00.000Z");
    await pressEdit();
    expect(textOf(await h.say(AMY, "win probability 70%"))).toMatch(/updated: Win probability/u);
    expect((await dealRow(h, 1)).probability).toBe(70);
    // A period is its first day for a contract start, as in the chat command ("deal 1 contract starts next month").
    await pressEdit();
    await h.say(AMY, "contract starts next month");
    expect((await dealRow(h, 1)).startsAt?.toISOString()).toBe("2026-12-01T12:00:00.000Z");
  });

  it("in Chinese: 金额 with the value in one message, a period's last day for 月底", async () => {
    await h.say(LI, "商机 新建 华为 50万"); // #2
    await pressEdit(LI, "商机 查看 2");
    expect(textOf(await h.say(LI, "金额 60万"))).toMatch(/商机 #2/u);
    await pressEdit(LI, "商机 查看 2");
    await h.say(LI, "预计成交 月底");
    const deal = await dealRow(h, 2);
    expect(deal.amountMinor).toBe(60_000_000n);
    expect(deal.expectedCloseAt?.toISOString()).toBe("2026-11-30T12:00:00.000Z");
  });

  it("leaves a date alone when another field is edited by someone whose calendar day differs from the owner's", async () => {
    await h.say(AMY, "tz America/Los_Angeles");
    await h.say(AMY, "deal 1 close date 2026-12-20");
    const before = (await dealRow(h, 1)).expectedCloseAt;
    await pressEdit(BOSS); // Shanghai: the deal's close-date instant falls on another calendar day here
    expect(textOf(await h.say(BOSS, "amount 21k"))).toMatch(/updated: Amount \(\$21,000\)$/mu);
    expect((await dealRow(h, 1)).expectedCloseAt).toEqual(before);
  });

  it("a date set in one zone is the same calendar day on every card, edit form and export", async () => {
    await h.say(AMY, "tz America/Los_Angeles");
    await pressEdit(AMY);
    await h.say(AMY, "expected close Dec 20");
    expect(textOf(await h.say(AMY, "deal show 1"))).toContain("Expected close: Dec 20, 2026");
    await h.say(BOSS, "tz Asia/Shanghai");
    expect(textOf(await h.say(BOSS, "deal show 1"))).toContain("Expected close: Dec 20, 2026");
    expect(textOf(await pressEdit(BOSS))).toContain("3. Expected close: 2026-12-20");
    await pressEdit(BOSS);
    await h.say(BOSS, "预计成交 月底");
    expect(textOf(await h.say(AMY, "deal show 1"))).toContain("Expected close: Nov 30, 2026");
    expect(textOf(await pressEdit(AMY))).toContain("3. Expected close: 2026-11-30");
  });

  it("names the field and keeps the question open after a bad value; nothing half-written", async () => {
    await h.press(
      AMY,
      button(await pressEdit(), (b) => b.label === "Amount"),
    );
    expect(textOf(await h.say(AMY, "lots of money"))).toMatch(/Amount not saved: Not an amount, e\.g\. 200k/u);
    expect((await dealRow(h, 1)).amountMinor).toBe(2_000_000n);
    expect(textOf(await h.say(AMY, "22k"))).toMatch(/updated: Amount/u);
    expect((await dealRow(h, 1)).amountMinor).toBe(2_200_000n);
    // A required field cannot be cleared; a date can.
    await h.say(AMY, "deal 1 close date Dec 20");
    await h.press(
      AMY,
      button(await pressEdit(), (b) => b.label === "Title"),
    );
    expect(textOf(await h.say(AMY, "-"))).toMatch(/Title not saved/u);
    expect(textOf(await h.say(AMY, "cancel"))).toMatch(/cancelled/iu);
    expect((await dealRow(h, 1)).title).toBe("Acme Corp");
    await pressEdit();
    await h.say(AMY, "3 -");
    expect((await dealRow(h, 1)).expectedCloseAt).toBeNull();
  });

  it("does not overwrite a deal changed after Edit was pressed: the editor is told who changed what", async () => {
    await h.press(
      AMY,
      button(await pressEdit(), (b) => b.label === "Title"),
    );
    await h.say(BOSS, "deal 1 amount 30k");
    const reply = textOf(await h.say(AMY, "Acme rollout"));
    expect(reply).toContain("was changed after you opened the form, so nothing was saved");
    expect(reply).toMatch(/\$20,000 → \$30,000/u);
    expect((await dealRow(h, 1)).title).toBe("Acme Corp");
  });

  it("a sentence typed after the card, naming no field, is handled as usual and changes nothing on the deal", async () => {
    await pressEdit();
    const reply = await h.say(AMY, "called Acme Corp, they want a quote next Tuesday");
    expect(textOf(reply)).not.toMatch(/updated/u);
    expect(await h.t.db.activity.count({ where: { kind: "call" } })).toBe(1);
    expect(await dealRow(h, 1)).toMatchObject({ title: "Acme Corp", amountMinor: 2_000_000n });
  });

  it("a customer's tier and status are chosen from buttons; a contact's phone is typed", async () => {
    const edit = await pressEdit(AMY, "company show Acme Corp");
    const options = await h.press(
      AMY,
      button(edit, (b) => b.label === "Tier"),
    );
    expect(textOf(options)).toContain("Now: B");
    expect(
      textOf(
        await h.press(
          AMY,
          button(options, (b) => b.label === "A"),
        ),
      ),
    ).toMatch(/Acme Corp updated: Tier/u);
    await pressEdit(AMY, "company show Acme Corp");
    expect(textOf(await h.say(AMY, "status at risk"))).toMatch(/updated: Status/u);
    expect(textOf(await h.say(AMY, "status"))).not.toMatch(/updated/u);
    await pressEdit(AMY, "company show Acme Corp");
    expect(textOf(await h.say(AMY, "tier Z"))).toMatch(/Tier not saved: one of A \/ B \/ C/u);
    expect(await h.t.db.company.findFirstOrThrow({ where: { name: "Acme Corp" } })).toMatchObject({ tier: "A", status: "at-risk" });

    await h.say(LI, "联系人 添加 华为 张总 13800138000 CTO");
    await h.press(
      LI,
      button(await pressEdit(LI, "联系人 查看 张总"), (b) => b.label === "电话"),
    );
    expect(textOf(await h.say(LI, "13900139000"))).toMatch(/张总/u);
    expect(textOf(await h.say(LI, "联系人 查看 张总"))).toContain("13900139000");
  });

  it("a sentence or a question typed while a value is asked is a message of its own, never a bad value", async () => {
    const status = await h.press(
      AMY,
      button(await pressEdit(AMY, "company show Acme Corp"), (b) => b.label === "Status"),
    );
    expect(textOf(status)).toContain("Now:");
    // The options card is up; a typed answer works too, and another field named instead is that field.
    await h.press(
      AMY,
      button(await pressEdit(AMY, "company show Acme Corp"), (b) => b.label === "Status"),
    );
    expect(textOf(await h.say(AMY, "tier A"))).toMatch(/updated: Tier/u);
    await pressEdit(AMY, "company show Acme Corp");
    expect(textOf(await h.say(AMY, "status risk"))).toMatch(/updated: Status/u);
    await h.press(
      AMY,
      button(await pressEdit(), (b) => b.label === "Amount"),
    );
    const call = await h.say(AMY, "called Acme Corp, they want a quote by Friday.");
    expect(textOf(call)).not.toMatch(/not saved/u);
    expect(await h.t.db.activity.count({ where: { kind: "call" } })).toBe(1);
    await pressEdit();
    expect(textOf(await h.say(AMY, "amount how much?"))).not.toMatch(/updated|not saved/u);
    expect((await dealRow(h, 1)).amountMinor).toBe(2_000_000n);
    expect(await h.t.db.company.findFirstOrThrow({ where: { name: "Acme Corp" } })).toMatchObject({ tier: "A", status: "at-risk" });
  });

  it("knows a field by its other names; a contact's bad phone or email is named and asked again", async () => {
    const edit = await pressEdit();
    expect(textOf(edit)).toContain("`2 <new value>` or `Amount <new value>`");
    expect(textOf(await h.say(AMY, "close date 2026-12-24"))).toMatch(/updated: Expected close/u);
    await h.say(LI, "联系人 添加 华为 张总 13800138000 CTO");
    await pressEdit(LI, "联系人 查看 张总");
    expect(textOf(await h.say(LI, "邮箱 zhang@huawei"))).toContain("邮箱没有保存：邮箱格式不对");
    expect(textOf(await h.say(LI, "zhang@huawei.com"))).toMatch(/张总/u);
    await pressEdit(LI, "联系人 查看 张总");
    await h.say(LI, "手机 +86 (139) 0013-9000");
    expect(textOf(await h.say(LI, "联系人 查看 张总"))).toContain("zhang@huawei.com");
    expect(textOf(await h.say(LI, "联系人 查看 张总"))).toContain("+86 (139) 0013-9000");
  });

  it("a teammate who may see the deal but not change it is told when pressing Edit, not after typing", async () => {
    await h.say(BOSS, "user team 李雷 north");
    await h.say(BOSS, "user team Amy Chen north");
    await h.say(AMY, "deal new Acme Corp 5k"); // #2, in the team now
    const shown = await h.say(LI, "商机 查看 2");
    expect(textOf(shown)).toContain("Acme Corp");
    expect(
      textOf(
        await h.press(
          LI,
          button(shown, (b) => b.actionId === "form.open"),
        ),
      ),
    ).toMatch(/权限|permission/u);
  });

  it("shows nothing to someone who may not see the record", async () => {
    await h.say(BOSS, "user team 李雷 north");
    await h.say(BOSS, "user team Amy Chen south");
    await h.say(BOSS, "客户 转移 华为 李雷");
    await h.say(LI, "商机 新建 华为 50万"); // #2, north
    const edit = button(await h.say(LI, "商机 查看 2"), (b) => b.actionId === "form.open");
    const reply = textOf(await h.press(AMY, edit));
    expect(reply).toMatch(/permission|权限/u);
    expect(reply).not.toContain("500000");
    const field = await h.press(AMY, { ...edit, actionId: "form.field", value: `${edit.value}|amount` });
    expect(textOf(field)).not.toContain("500000");
    expect(textOf(await h.say(AMY, "1"))).not.toMatch(/updated/u);
    expect((await dealRow(h, 2)).amountMinor).toBe(50_000_000n);
  });
});
