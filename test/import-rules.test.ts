import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DATABASE_FREE_LAYERS, LAYER_RULES, databaseImportViolations, importViolations, readSourceFiles } from "./import-rules.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

describe("layer import rules on the source tree", () => {
  it("domain/, bot/, cards/ and the adapters' production files import no layer above them", () => {
    const files = readSourceFiles(ROOT, Object.keys(LAYER_RULES));
    // Reading nothing would pass vacuously.
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(["domain/index.ts", "bot/bot.ts", "cards/model.ts", "adapters/channel-adapter.ts"]));
    expect(importViolations(files)).toEqual([]);
  });
});

describe("the database stays behind domain/", () => {
  it("no production file of bot/, cards/ or adapters/ imports Prisma, a generated client or the database handle", () => {
    const files = readSourceFiles(ROOT, DATABASE_FREE_LAYERS);
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(["bot/bot.ts", "bot/inbox.ts", "adapters/channel-adapter.ts"]));
    expect(databaseImportViolations(files)).toEqual([]);
  });

  const bad: [string, string][] = [
    ["bot/flows/log-sentence.flow.ts", 'import type { Tx } from "../../domain/shared/db.js";'],
    ["bot/delivery/outbox-worker.ts", 'import type { OutboxMessage } from "../../generated/prisma/client.js";'],
    ["adapters/wecom/x.ts", 'import { PrismaClient } from "@prisma/client";'],
    ["cards/x.ts", 'import type { Deal } from "../generated/prisma-pg/client.js";'],
  ];
  it.each(bad)("%s: %s is refused", (file, source) => {
    expect(databaseImportViolations([{ path: file, source }])).toEqual([{ file, specifier: expect.any(String) as string, reaches: "database" }]);
  });

  const allowed: [string, string][] = [
    ["domain/deals/deal.service.ts", 'import type { Db } from "../shared/db.js";'],
    ["app/create-app.ts", 'import { openDatabase } from "../domain/shared/db.js";'],
    ["bot/inbox.test.ts", 'import type { Db } from "../domain/shared/db.js";'],
    ["bot/bot.ts", 'import type { Domain } from "../domain/index.js";'],
    ["bot/x.ts", 'import { z } from "zod";'],
  ];
  it.each(allowed)("%s: %s is allowed", (file, source) => {
    expect(databaseImportViolations([{ path: file, source }])).toEqual([]);
  });
});

describe("importViolations", () => {
  const bad: [string, string, string][] = [
    ["domain/deals/deal.service.ts", 'import { Bot } from "../../bot/bot.js";', "bot"],
    ["domain/shared/clock.ts", 'import type { Card } from "../../cards/model.js";', "cards"],
    ["domain/index.ts", 'export { SlackAdapter } from "../adapters/slack/slack.adapter.js";', "adapters"],
    ["domain/x.ts", 'const main = await import("../app/main.js");', "app"],
    ["bot/bot.ts", 'import { renderSlackMessage } from "../adapters/slack/render-slack-blocks.js";', "adapters"],
    ["bot/commands/deal.command.ts", 'import "../../app/config.js";', "app"],
    ["cards/deal.card.ts", 'import { encodeButtonId } from "../adapters/dingtalk/render-dingtalk-card.js";', "adapters"],
    ["cards/model.ts", "import { listen } from '../app/http-server.js';", "app"],
    ["adapters/wecom/wecom-callback.routes.ts", 'import type { RouteInstaller } from "../../app/http-server.js";', "app"],
    ["adapters/channel-adapter.ts", 'import type {\n  CrmApp,\n} from "../app/create-app.js";', "app"],
  ];
  it.each(bad)("%s: %s reaches %s", (file, source, reaches) => {
    expect(importViolations([{ path: file, source }])).toEqual([{ file, specifier: expect.stringContaining(reaches) as string, reaches }]);
  });

  const allowed: [string, string][] = [
    ["adapters/slack/slack.e2e.test.ts", 'import { createCrmApp } from "../../app/create-app.js";'],
    ["bot/automation/app-scheduler.e2e.test.ts", 'import { createCrmApp } from "../../app/create-app.js";'],
    ["adapters/slack/slack.sender.ts", 'import { truncate } from "../../cards/limits.js";'],
    ["adapters/slack/to-inbound-event.ts", 'import { fromSlackActionId } from "./render-slack-blocks.js";'],
    ["bot/bot.ts", 'import type { Domain } from "../domain/index.js";'],
    ["cards/deal.card.ts", 'import { formatMoney } from "./format.js";'],
    ["domain/deals/deal.service.ts", 'import { z } from "zod";'],
    ["app/main.ts", 'import { SlackAdapter } from "../adapters/slack/slack.adapter.js";'],
    // A folder that only starts like a layer's name is not that layer.
    ["domain/shared/db.ts", 'import { x } from "../../bots/x.js";'],
  ];
  it.each(allowed)("%s: %s is allowed", (file, source) => {
    expect(importViolations([{ path: file, source }])).toEqual([]);
  });
});

describe("readSourceFiles", () => {
  it("finds a bad import in a tree on disk, nested and in .mts files, and skips test files", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "crm-layers-"));
    try {
      const write = (file: string, source: string) => {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), source);
      };
      write("cards/nested/deep.card.mts", 'import { x } from "../../app/create-app.js";\n');
      write("adapters/local/local.e2e.test.ts", 'import { x } from "../../app/create-app.js";\n');
      write("domain/ok.ts", 'import { y } from "./other.js";\n');
      const files = readSourceFiles(root, Object.keys(LAYER_RULES));
      expect(files.map((f) => f.path).sort()).toEqual(["adapters/local/local.e2e.test.ts", "cards/nested/deep.card.mts", "domain/ok.ts"]);
      expect(importViolations(files)).toEqual([{ file: "cards/nested/deep.card.mts", specifier: "../../app/create-app.js", reaches: "app" }]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
