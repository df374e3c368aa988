import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createHarnessWithCompanies, dealRow, type Harness, LI, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => {
  await h.close();
});

const order = async () => (await h.t.db.pipelineStage.findMany({ where: { active: true }, orderBy: { position: "asc" } })).map((s) => s.key);

describe("stage command: admins configure the pipeline from chat", () => {
  it("adds a stage after a named one; deals can move into it; the change is audited", async () => {
    const reply = textOf(await h.say(BOSS, "stage add Technical review / 技术评估 40% after qualified"));
    expect(reply).toContain("Technical review");
    expect(await order()).toEqual(["lead", "qualified", "technical-review", "proposal", "negotiation", "won", "lost"]);
    const row = await h.t.db.pipelineStage.findUniqueOrThrow({ where: { key: "technical-review" } });
    expect(row).toMatchObject({ nameZh: "技术评估", probability: 40, kind: "open", active: true });
    expect(await h.t.db.auditLog.count({ where: { action: "stage.create", entityId: row.id } })).toBe(1);
    // The stage cache was dropped: the very next message can use the new stage.
    await h.say(LI, "商机 新建 华为 50万");
    expect(textOf(await h.say(LI, "商机 推进 1 技术评估"))).toContain("技术评估");
    expect((await dealRow(h, 1)).stage.key).toBe("technical-review");
    expect(textOf(await h.say(LI, "阶段 列表"))).toMatch(/3\. 技术评估 \/ Technical review · 40% · 1 个商机/);
    // Help names the configured stages, not the defaults.
    expect(textOf(await h.say(LI, "帮助"))).toMatch(/阶段：线索 → 需求确认 → 技术评估 → 方案报价 → 商务谈判 → 赢单 \| 输单/);
  });

  it("without a place, a new stage goes after the last open stage, before won and lost", async () => {
    await h.say(BOSS, "stage add Contract review");
    expect(await order()).toEqual(["lead", "qualified", "proposal", "negotiation", "contract-review", "won", "lost"]);
    expect(textOf(await h.say(BOSS, "stage add Deal review / 合同审核 after won"))).toMatch(/closes deals/);
  });

  it("renames in one language, or both, and refuses a name another stage answers to", async () => {
    await h.say(BOSS, "stage rename proposal to Quote sent");
    await h.say(BOSS, "阶段 改名 商务谈判 为 议价");
    const rows = await h.t.db.pipelineStage.findMany({ where: { key: { in: ["proposal", "negotiation"] } }, orderBy: { position: "asc" } });
    expect(rows.map((s) => [s.nameEn, s.nameZh])).toEqual([
      ["Quote sent", "方案报价"],
      ["Negotiation", "议价"],
    ]);
    expect(textOf(await h.say(BOSS, "stage rename proposal to Lead"))).toMatch(/already used by the stage “Lead”/);
    expect((await h.t.db.pipelineStage.findUniqueOrThrow({ where: { key: "proposal" } })).nameEn).toBe("Quote sent");
    // The old name no longer finds it; the new one does.
    await h.say(AMY, "deal new Acme Corp 10k");
    expect(textOf(await h.say(AMY, "deal move 1 quote sent"))).toContain("Quote sent");
  });

  it("reorders open stages in both languages; won and lost stay last", async () => {
    await h.say(BOSS, "stage move negotiation before proposal");
    expect(await order()).toEqual(["lead", "qualified", "negotiation", "proposal", "won", "lost"]);
    await h.say(BOSS, "阶段 移动 商务谈判 到 方案报价 之后");
    expect(await order()).toEqual(["lead", "qualified", "proposal", "negotiation", "won", "lost"]);
    expect(textOf(await h.say(BOSS, "stage move won before lead"))).toMatch(/closes deals/);
    expect(await order()).toEqual(["lead", "qualified", "proposal", "negotiation", "won", "lost"]);
    expect(await h.t.db.auditLog.count({ where: { action: "stage.reorder" } })).toBe(2);
  });

  it("sets the win probability and refuses one outside 0–100 naming the field", async () => {
    expect(textOf(await h.say(BOSS, "stage probability proposal 55%"))).toContain("55%");
    expect((await h.t.db.pipelineStage.findUniqueOrThrow({ where: { key: "proposal" } })).probability).toBe(55);
    expect(textOf(await h.say(BOSS, "stage probability proposal 150%"))).toMatch(/percentage from 0 to 100/);
    expect(textOf(await h.say(BOSS, "stage probability proposal half"))).toMatch(/got “half”/);
    expect((await h.t.db.pipelineStage.findUniqueOrThrow({ where: { key: "proposal" } })).probability).toBe(55);
  });

  it("archives only an empty open stage; a sentence that would move a deal there still logs", async () => {
    await h.say(LI, "商机 新建 华为 50万 方案报价");
    expect(textOf(await h.say(BOSS, "stage archive proposal"))).toMatch(/still holds 1 open deal/);
    expect(textOf(await h.say(BOSS, "stage archive won"))).toMatch(/closes deals/);
    await h.say(LI, "商机 推进 1 线索");
    expect(textOf(await h.say(BOSS, "stage archive proposal"))).toContain("archived");
    expect(await order()).toEqual(["lead", "qualified", "negotiation", "won", "lost"]);
    expect(textOf(await h.say(BOSS, "stage list"))).toMatch(/Proposal \/ 方案报价 · \d+% · 0 deals · \(archived\)/);
    // "they want a quote" would move to Proposal: it is archived, so the call is logged and the deal stays.
    const reply = textOf(await h.say(LI, "给华为打了电话，他们要报价"));
    expect(reply).not.toMatch(/出错|error/i);
    expect(await h.t.db.activity.count({ where: { kind: "call" } })).toBe(1);
    expect((await dealRow(h, 1)).stage.key).toBe("lead");
    // A new deal from a sentence starts at the first stage.
    await h.say(BOSS, "stage restore proposal");
    expect(await order()).toEqual(["lead", "qualified", "proposal", "negotiation", "won", "lost"]);
  });

  it("never archives the last open stage", async () => {
    for (const key of ["qualified", "proposal", "negotiation"]) await h.say(BOSS, `stage archive ${key}`);
    expect(textOf(await h.say(BOSS, "stage archive lead"))).toMatch(/only open stage/);
    expect(await order()).toEqual(["lead", "won", "lost"]);
  });

  it("refuses every change to a rep and a manager; nothing changes, nothing is audited; anyone may list", async () => {
    await h.say(BOSS, "user role Amy manager");
    for (const [who, line] of [
      [LI, "阶段 添加 技术评估"],
      [AMY, "stage rename proposal to Offer"],
      [AMY, "stage move negotiation before proposal"],
      [LI, "阶段 概率 方案报价 90%"],
      [AMY, "stage archive qualified"],
    ] as const) {
      expect(textOf(await h.say(who, line))).toMatch(/只有管理员|Only an admin/u);
    }
    expect(await order()).toEqual(["lead", "qualified", "proposal", "negotiation", "won", "lost"]);
    expect(await h.t.db.auditLog.count({ where: { action: { startsWith: "stage." } } })).toBe(0);
    expect(textOf(await h.say(LI, "阶段"))).toContain("线索 / Lead");
  });
});
