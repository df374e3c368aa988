import fs from "node:fs";
import { createCrmApp } from "../app/create-app.js";
import { seedDemoIfEmpty } from "../app/demo-data.js";
import { renderPlainText } from "../cards/render-plain-text.js";
fs.rmSync("/tmp/try.db", { force: true });
const app = await createCrmApp({ databaseUrl: "file:/tmp/try.db" });
await seedDemoIfEmpty(app.domain);
const lines = process.argv.slice(2);
for (const line of lines) {
  const [who, text] = line.split("|") as [string, string];
  const r = await app.bot.handle({ type: "message", channel: "local", user: { platformUserId: who }, conversation: { id: "dm", kind: "direct" }, text });
  console.log(`\n${who}> ${text}`);
  for (const reply of r.replies) {
    if (reply.text) console.log(reply.text);
    if (reply.card) console.log(renderPlainText(reply.card).text);
  }
}
