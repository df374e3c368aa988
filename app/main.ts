import os from "node:os";
import { localApiSettingsFromEnv } from "../adapters/local/local-api-settings.js";
import { runTerminalChat } from "../adapters/local/terminal-chat.js";
import { apiTokenNotice, resolveApiToken } from "./api-token.js";
import { refuseToBind } from "./bind-policy.js";
import { loadConfig } from "./config.js";
import { createCrmApp } from "./create-app.js";
import { redactUrl } from "./database-url.js";
import { seedDemoIfEmpty } from "./demo-data.js";
import { listen } from "./http-server.js";

/** `npm start`: SQLite at ./data/crm.db (migrated on start), the local HTTP API, and a terminal chat when interactive. */
async function main() {
  // Everything the bot creates (database, backups, exports, quote PDFs, keys) is for its own user;
  // the files that matter also get explicit 0600 modes, this catches the rest.
  process.umask(0o077);
  const config = loadConfig();
  // Decided before anything is opened or written: a refused start leaves no trace.
  const refusal = refuseToBind({ host: config.HOST, env: process.env });
  if (refusal) throw new Error(refusal);
  const localApi = localApiSettingsFromEnv(process.env);
  const token = localApi.enabled ? resolveApiToken(process.env) : undefined;
  const args = new Set(process.argv.slice(2));
  const app = await createCrmApp({ databaseUrl: config.DATABASE_URL, ...(token ? { apiToken: token.token } : {}) });
  const demo = args.has("--demo") || config.CRM_DEMO === "1" || config.CRM_DEMO === "true";
  if (demo) {
    const seeded = await seedDemoIfEmpty(app.db, app.domain);
    console.log(seeded ? "Demo data loaded." : "Database is not empty; demo data not loaded.");
  }
  await app.start();
  const server = await listen(app.http, config.PORT, config.HOST);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const baseUrl = `http://${config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST}:${port}`;
  console.log(`CRM bot ready on ${baseUrl} (database ${redactUrl(config.DATABASE_URL)})`);
  if (token?.created) console.log(apiTokenNotice(token, baseUrl));
  else if (token)
    console.log(
      `  POST /api/local/messages {"user":"me","text":"help"} with "Authorization: Bearer <token>" (${token.source === "env" ? "CRM_API_TOKEN" : token.path})`,
    );
  else console.log("  Local HTTP API off (CRM_LOCAL_API=off).");

  const shutdown = async () => {
    server.close();
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);

  if (process.stdin.isTTY && !args.has("--no-terminal")) {
    // In the demo you are 王经理 (manager of the demo team); "/as li" switches to a rep.
    const user = config.CRM_LOCAL_USER ?? (demo ? "wang" : os.userInfo().username);
    await runTerminalChat({ inbox: app.inbox, user, notifications: app.localSender });
    await shutdown();
  }
}

main().catch((error: unknown) => {
  const code = typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : undefined;
  if (code === "EADDRINUSE") console.error("The HTTP port is already in use. Start with another one, e.g. PORT=3001 npm start");
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
