import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { fixedClock } from "../shared/clock.js";
import { PermissionDeniedError } from "../shared/errors.js";
import { KnowledgeService } from "./knowledge.service.js";
import { searchTerms } from "./text-similarity.js";

let t: TestDb;
let kb: KnowledgeService;
beforeEach(async () => {
  t = await createTestDb();
  kb = new KnowledgeService(t.db, fixedClock(new Date("2026-11-25T02:00:00Z")));
});
afterEach(async () => {
  await t.close();
});

describe("knowledge base", () => {
  it("terms: Latin words without filler, Chinese character pairs without filler pairs", () => {
    expect(searchTerms("How do I reset my Password?")).toEqual(["reset", "password"]);
    expect(searchTerms("客户登录不了")).toEqual(["户登", "登录", "录不"]);
  });

  it("reps cannot write it; suggestions need a shared question term", async () => {
    const rep = await createActor(t.db, "Rep", "rep");
    const manager = await createActor(t.db, "Manager", "manager");
    await expect(kb.add(rep, { question: "如何开发票", answer: "门户申请" })).rejects.toThrow(PermissionDeniedError);
    await kb.add(manager, { question: "产品无法登录怎么办", answer: "清除缓存后重试" });
    await kb.add(manager, { question: "发票如何开具", answer: "在门户里申请，三个工作日内寄出" });
    expect((await kb.suggest("系统登录不了，很急")).map((h) => h.question)).toEqual(["产品无法登录怎么办"]);
    expect(await kb.suggest("合同什么时候到期")).toEqual([]);
    expect((await kb.search("寄出")).map((h) => h.question)).toEqual(["发票如何开具"]);
    expect(await t.db.auditLog.count({ where: { action: "kb.add" } })).toBe(2);
  });
});
