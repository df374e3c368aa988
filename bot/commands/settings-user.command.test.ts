import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { helpText } from "./help-text.js";
import { COMMANDS } from "./registry.js";
import { AMY, BOSS, createHarnessWithPeople, type Harness, LI, textOf, userRow } from "../../test/bot-harness.js";

// What help answers is generated from the declarations; these tests check which words reach it.
const HELP = {
  en: helpText(
    COMMANDS.map((c) => c.declaration),
    "en",
  ),
  zh: helpText(
    COMMANDS.map((c) => c.declaration),
    "zh",
  ),
};

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithPeople();
});
afterEach(async () => {
  await h.close();
});

describe("help / 帮助", () => {
  it("help answers the English command list, 帮助 the Chinese one", async () => {
    expect(textOf(await h.say(AMY, "help")).trim()).toBe(HELP.en);
    expect(textOf(await h.say(AMY, "帮助")).trim()).toBe(HELP.zh);
    expect(textOf(await h.say(LI, "菜单")).trim()).toBe(HELP.zh);
    expect(HELP.zh).toContain("商机 新建 华为 20万 方案报价");
    expect(HELP.en).toContain("deal new <company> [amount] [stage]");
  });

  it("accepts a leading slash and any case", async () => {
    expect(textOf(await h.say(AMY, "/HELP")).trim()).toBe(HELP.en);
  });
});

describe("lang / 语言", () => {
  it("lang zh switches replies to Chinese, 语言 English back", async () => {
    expect(textOf(await h.say(AMY, "lang zh")).trim()).toBe("好的，之后用中文回复。");
    expect((await userRow(h, "amy")).locale).toBe("zh");
    expect(textOf(await h.say(AMY, "help")).trim()).toBe(HELP.zh);
    expect(textOf(await h.say(AMY, "语言 English")).trim()).toBe("OK, I will reply in English from now on.");
    expect((await userRow(h, "amy")).locale).toBe("en");
    expect(textOf(await h.say(AMY, "help")).trim()).toBe(HELP.en);
  });

  it("an unknown language is a usage reply and changes nothing", async () => {
    expect(textOf(await h.say(AMY, "lang klingon")).trim()).toBe("Usage: lang zh|en");
    expect((await userRow(h, "amy")).locale).toBe("en");
  });
});

describe("tz / 时区", () => {
  it("sets a valid IANA zone", async () => {
    expect(textOf(await h.say(AMY, "tz America/New_York")).trim()).toBe("Timezone set to America/New_York");
    expect((await userRow(h, "amy")).timezone).toBe("America/New_York");
    expect(textOf(await h.say(LI, "时区 Europe/Berlin")).trim()).toBe("时区已设为 Europe/Berlin");
    expect((await userRow(h, "li")).timezone).toBe("Europe/Berlin");
  });

  it("an invalid zone is a friendly error and the old zone stays", async () => {
    expect(textOf(await h.say(AMY, "tz Mars/Olympus")).trim()).toBe("Invalid timezone: Mars/Olympus.");
    expect(textOf(await h.say(LI, "时区 火星")).trim()).toBe("输入有误：时区（火星）。");
    expect((await userRow(h, "amy")).timezone).toBe("Asia/Shanghai");
    expect((await userRow(h, "li")).timezone).toBe("Asia/Shanghai");
    expect(textOf(await h.say(AMY, "tz")).trim()).toBe("Usage: tz <IANA zone, e.g. America/New_York>");
  });
});

describe("user role / team (admins)", () => {
  it("the first user is admin, later ones reps", async () => {
    expect((await userRow(h, "boss")).role).toBe("admin");
    expect((await userRow(h, "li")).role).toBe("rep");
    expect((await userRow(h, "amy")).role).toBe("rep");
  });

  it("an admin changes a role by platform id or display name", async () => {
    expect(textOf(await h.say(BOSS, "user role li manager")).trim()).toBe("李雷 (local · li) is now manager");
    expect((await userRow(h, "li")).role).toBe("manager");
    expect(textOf(await h.say(BOSS, "用户 角色 李雷 Admin")).trim()).toBe("李雷 (local · li) 的角色已改为 admin");
    expect((await userRow(h, "li")).role).toBe("admin");
  });

  it("an admin puts people in a team (created on first use)", async () => {
    expect(textOf(await h.say(BOSS, "user team amy West")).trim()).toBe("Amy Chen (local · amy) joined team West");
    expect(textOf(await h.say(BOSS, "用户 团队 李雷 华东")).trim()).toBe("李雷 (local · li) 已加入团队 华东");
    const team = await h.t.db.team.findUniqueOrThrow({ where: { name: "华东" } });
    expect((await userRow(h, "li")).teamId).toBe(team.id);
    expect(await h.t.db.team.count()).toBe(2);
  });

  it("a rep is refused and nothing changes", async () => {
    const audits = await h.t.db.auditLog.count();
    expect(textOf(await h.say(AMY, "user role amy admin"))).toMatch(/^You don't have permission/);
    expect(textOf(await h.say(LI, "用户 团队 李雷 华东"))).toMatch(/^你没有权限/);
    expect((await userRow(h, "amy")).role).toBe("rep");
    expect((await userRow(h, "li")).teamId).toBeNull();
    expect(await h.t.db.team.count()).toBe(0);
    expect(await h.t.db.auditLog.count()).toBe(audits);
  });

  it("an unknown role, an unknown person and missing words get friendly replies", async () => {
    expect(textOf(await h.say(BOSS, "user role li boss")).trim()).toBe("Invalid role: boss.");
    expect(textOf(await h.say(BOSS, "user role nobody rep")).trim()).toBe('No user found for "nobody".');
    expect(textOf(await h.say(BOSS, "user role li")).trim()).toMatch(/^Usage: user role <name\|@mention/);
    expect((await userRow(h, "li")).role).toBe("rep");
  });
});
