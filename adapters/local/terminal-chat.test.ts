import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../test/bot-harness.js";
import { LocalSender } from "./local-sender.js";
import { runTerminalChat } from "./terminal-chat.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

/** Types `lines` into the terminal chat as `user` and returns everything it printed. */
async function chat(user: string, notifications: LocalSender, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const done = runTerminalChat({ inbox: h.inbox, user, notifications, input, output });
  input.end(lines.map((l) => `${l}\n`).join(""));
  await done;
  return printed;
}

const direct = (user: string) => ({ conversationId: user, kind: "direct" as const, platformUserId: user });

describe("terminal chat", () => {
  it("prints the notifications that arrived before it opened (the start-up digest), once, and another user's when switching to them", async () => {
    const sender = new LocalSender();
    await sender.send(direct("wang"), { card: { title: "每日销售简报", blocks: [{ type: "text", text: "进行中合计: 4个 · ¥430,000" }] } });
    await sender.send(direct("li"), { text: "⏰ 跟进到期：给张总回电话" });

    const printed = await chat("wang", sender, ["help", "/as li", "/as wang", "/quit"]);
    const welcome = printed.indexOf("Chat CRM");
    const digest = printed.indexOf("每日销售简报");
    expect(welcome).toBeGreaterThanOrEqual(0);
    expect(digest).toBeGreaterThan(welcome);
    expect(printed.split("每日销售简报")).toHaveLength(2); // shown once, not again after switching back
    const switched = printed.indexOf("(now chatting as li)");
    expect(digest).toBeLessThan(switched); // at the start, not only after switching back
    expect(printed.indexOf("给张总回电话")).toBeGreaterThan(switched);
  });
});
