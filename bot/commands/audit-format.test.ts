import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOSS, LI, type Harness, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// Issue 14, language leaks: `audit` showed columns (amountMinor, stageId) and raw ids.
describe("audit trail in the reader's words", () => {
  let h: Harness;
  let en = "";
  let zh = "";
  beforeAll(async () => {
    h = await createHarnessWithCompanies();
    await h.say(LI, "商机 新建 华为 200万");
    await h.say(LI, "跟华为通了电话，预算调整到180万");
    await h.say(LI, "商机 推进 1 方案");
    en = textOf(await h.say(BOSS, "audit deal 1"));
    zh = textOf(await h.say(BOSS, "审计 商机 1"));
  });
  afterAll(() => h.close());

  const COLUMNS = /amountMinor|stageId|ownerId|companyId|teamId|\bc[a-z0-9]{20,}\b/;

  it.each([["en"], ["zh"]])("%s: no column names or raw ids", (which) => {
    expect(which === "en" ? en : zh).not.toMatch(COLUMNS);
  });

  it("English: money, stage names and people", () => {
    expect(en).toMatch(/amount: (CN)?¥2,000,000(\.00)? → (CN)?¥1,800,000/);
    expect(en).toMatch(/stage: Lead → Proposal/i);
    expect(en).toMatch(/owner: 李雷/);
    expect(en).toMatch(/company: 华为/);
    expect(en).toContain("created the deal");
    expect(en).toContain("moved the stage");
  });

  it("Chinese: labels and actions in Chinese", () => {
    expect(zh).toMatch(/金额：¥2,000,000(\.00)? → ¥1,800,000/);
    expect(zh).toMatch(/阶段：线索 → 方案报价/);
    expect(zh).toMatch(/负责人：李雷/);
    expect(zh).toMatch(/客户：华为/);
    expect(zh).toContain("新建商机");
    expect(zh).toContain("变更阶段");
  });

  it("an undone change reads as undone, in the reader's language", async () => {
    await h.say(LI, "撤销");
    const after = textOf(await h.say(BOSS, "审计 商机 1"));
    expect(after).toMatch(/阶段：方案报价 → 线索/);
    expect(after).not.toMatch(COLUMNS);
  });
});
