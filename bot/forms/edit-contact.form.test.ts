import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BOSS, button, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";
import { formCards } from "./form-cards.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "联系人 添加 华为 张总 13800138000 CTO");
});
afterEach(async () => h.close());

const editRef = async () => button(await h.say(LI, "联系人 查看 张总"), (b) => b.actionId === "form.open").value;
const inputsOf = async (ref: string) => {
  const card = await formCards(h.domain).card(ref, "zh");
  return Object.fromEntries((card?.blocks ?? []).flatMap((b) => (b.type === "input" ? [[b.input.id, b.input.initial ?? ""]] : [])));
};

describe("edit-contact form (the Edit button on a contact card)", () => {
  it("opens prefilled with the decrypted details and saves only what changed, encrypted and audited", async () => {
    const ref = await editRef();
    const initial = await inputsOf(ref);
    expect(initial).toMatchObject({ name: "张总", phone: "13800138000", title: "CTO", email: "" });
    const reply = await h.submit(LI, ref, { ...initial, email: "zhang@huawei.com", birthday: "5月12日", tags: "决策人" });
    expect(textOf(reply)).toMatch(/联系人 张总 已更新：邮箱、生日、标签/u);
    const row = await h.t.db.contact.findFirstOrThrow();
    expect(row.email).not.toContain("zhang@huawei.com"); // stored sealed
    expect(row.birthday).toBe("--05-12");
    expect(textOf(await h.say(LI, "联系人 查看 张总"))).toContain("zhang@huawei.com");
    expect(await h.t.db.auditLog.count({ where: { action: "contact.update" } })).toBe(1);
  });

  it("refuses a bad birthday and a changed contact; nothing is saved", async () => {
    const ref = await editRef();
    const initial = await inputsOf(ref);
    expect(textOf(await h.submit(LI, ref, { ...initial, birthday: "someday" }))).toContain("birthday");
    await new Promise((r) => setTimeout(r, 5));
    await h.say(BOSS, "contact 张总 title CEO");
    expect(textOf(await h.submit(LI, ref, { ...initial, title: "VP" }))).toContain("已被修改，所以这次没有保存");
    expect((await h.t.db.contact.findFirstOrThrow()).title).toBe("CEO");
  });

  it("elsewhere the button asks field by field", async () => {
    const shown = await h.say(LI, "联系人 查看 张总");
    expect(
      textOf(
        await h.press(
          LI,
          button(shown, (b) => b.actionId === "form.open"),
        ),
      ),
    ).toContain("3. 电话: 13800138000");
  });
});
