import { copyFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../app/config.js";
import { type CrmApp, createCrmApp } from "../app/create-app.js";
import { ImportM } from "../bot/imports/import-messages.js";
import { importLeaseMs } from "../domain/imports/import-job-lease.js";
import type { BotResponse, InboundEvent } from "../bot/types.js";
import { renderPlainText } from "../cards/render-plain-text.js";

const USAGE = `npm run import -- <file.xlsx|file.csv> --user <name or platform id> [--as leads|customers] [--yes] [--skip-existing]
  Previews the import as that CRM user (the same checks and permissions as a file sent in a chat).
  --as leads        read the sheet as leads (one lead per row); --as customers: as customers. Without it, a sheet
                    with a source/campaign column or 线索/Lead headers is read as leads, any other as customers
  --yes             import after the preview (existing customers or leads are updated unless --skip-existing)
  npm run import -- --resume --user <…>   go on with that user's interrupted import
  npm run import -- --undo --user <…>     take that user's last import back`;

/** `npm run import`: a spreadsheet imported from the command line, through the bot as the named user. */
async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      user: { type: "string" },
      yes: { type: "boolean" },
      "skip-existing": { type: "boolean" },
      resume: { type: "boolean" },
      undo: { type: "boolean" },
      as: { type: "string" },
    },
  });
  const as = values.as;
  if (!values.user || (positionals.length !== 1 && !values.resume && !values.undo) || (as !== undefined && as !== "leads" && as !== "customers")) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = loadConfig();
  const app = await createCrmApp({ databaseUrl: config.DATABASE_URL, env: { ...process.env, CRM_SCHEDULER: "off" } });
  try {
    const identity =
      (await app.db.channelIdentity.findFirst({ where: { platformUserId: values.user } })) ??
      (await app.db.channelIdentity.findFirst({ where: { user: { name: values.user } }, orderBy: { createdAt: "asc" } }));
    if (!identity) throw new Error(`No CRM user or platform id "${values.user}" (they must have talked to the bot once).`);
    const base = {
      channel: identity.platform,
      user: { platformUserId: identity.platformUserId, ...(identity.tenantId ? { tenantId: identity.tenantId } : {}) },
      conversation: { id: `cli:${identity.platformUserId}`, kind: "direct" as const },
    };
    const send = async (event: InboundEvent) => print(await app.inbox.handle(event));
    const locale = (await app.db.user.findUniqueOrThrow({ where: { id: identity.userId } })).locale === "en" ? "en" : "zh";
    if (values.resume) {
      const job = await app.db.importJob.findFirst({ where: { actorId: identity.userId, status: "running" }, orderBy: { createdAt: "desc" } });
      if (!job) return await send({ ...base, type: "message", text: "import resume" });
      return await runHere(app, job.id, locale);
    }
    if (values.undo) return await send({ ...base, type: "message", text: "import undo" });
    const source = positionals[0]!;
    const stored = await app.files.create("import", path.extname(source).slice(1) || "bin");
    copyFileSync(source, stored.path);
    let preview = await app.inbox.handle({ ...base, type: "file", fileName: path.basename(source), storedName: stored.fileName });
    // --as: the preview's own "Import as leads / as customers" button, when it was read the other way.
    const other = as ? buttonsOf(preview).find((b) => b.value.endsWith(`:${as}`)) : undefined;
    if (other) preview = await app.inbox.handle({ ...base, type: "card.action", actionId: other.actionId, value: other.value });
    print(preview);
    if (!values.yes) return console.log("\n(preview only: add --yes to import)");
    const choice = values["skip-existing"] ? ":skip" : ":update";
    const confirm = buttonsOf(preview).find((b) => b.value.endsWith(choice));
    if (!confirm) return;
    print(await app.inbox.handle({ ...base, type: "card.action", actionId: confirm.actionId, value: confirm.value }));
    await runHere(app, confirm.value.split(":")[0]!, locale);
  } finally {
    await app.close();
  }
}

/**
 * The confirmed job's rows committed here in the foreground, by the same runner and batches as in
 * the app (a claim keeps a running app from working it at the same time); the result printed.
 */
async function runHere(app: CrmApp, jobId: string, locale: "zh" | "en") {
  const result = await app.imports.runInForeground(jobId, {
    // A process killed mid-import still holds its claim until it lapses: wait that long for it.
    waitMs: importLeaseMs() + 5_000,
    onBatch: (job) => console.log(ImportM.progress[locale](job.doneRows, job.totalRows)),
  });
  if (result === "held") {
    console.error(`Import ${jobId} is being worked by another runner (a running app); it reports there.`);
    process.exitCode = 1;
    return;
  }
  print({ replies: result });
}

function buttonsOf(response: BotResponse) {
  return response.replies.flatMap((r) => r.card?.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : [])) ?? []);
}

function print(response: BotResponse) {
  for (const reply of response.replies) {
    if (reply.text) console.log(reply.text);
    if (reply.card) console.log(renderPlainText(reply.card).text.replace(/\n\[\d+\] .*/gu, ""));
    if (reply.attachment) console.log(`(file: ${reply.attachment.path})`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
