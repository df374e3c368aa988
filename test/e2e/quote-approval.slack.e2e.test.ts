import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dm, type SlackHarness, startSlackHarness } from "../slack-harness.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const ROOM = "CAPPROVALS";

let h: SlackHarness;

interface Button {
  action_id: string;
  value: string;
}
/** The buttons of every block of a posted message. */
function buttonsIn(blocks: unknown): Button[] {
  const list = (blocks ?? []) as { elements?: { type: string; action_id: string; value: string }[] }[];
  return list.flatMap((b) => (b.elements ?? []).filter((e) => e.type === "button"));
}
const say = async (user: string, text: string) => {
  await h.sendEvent(dm(user, text));
  await h.settle();
};
const click = async (user: string, card: { ts: string }, button: Button) => {
  const res = await h.sendInteraction({
    type: "block_actions",
    user: { id: user, team_id: "T1" },
    container: { type: "message", message_ts: card.ts, channel_id: ROOM, is_ephemeral: false },
    channel: { id: ROOM, name: "approvals" },
    response_url: `${h.fake.responseBase}/approval-${user}`,
    actions: [{ type: "button", action_id: button.action_id, block_id: "b1", value: button.value, action_ts: `${Date.now() / 1000}` }],
  });
  expect(res.status).toBe(200);
  await h.settle();
};
const quote = () => h.app.db.quote.findFirstOrThrow({ include: { approvals: true, deal: { include: { stage: true } } } });

beforeAll(async () => {
  h = await startSlackHarness(NOW);
  for (const [id, name] of [
    ["UBOSS", "Wang Boss"],
    ["UMGR", "Mia Manager"],
    ["ULI", "Li Lei"],
    ["UOTHER", "Olga Other"],
  ] as const) {
    h.fake.setUser(id, { real_name: name, locale: "en-US", tz: "Asia/Shanghai" });
    await say(id, "help");
  }
  await say("UBOSS", "user role Mia Manager manager");
  await say("UBOSS", "user team Li Lei Sales");
  await say("UBOSS", "user team Mia Manager Sales");
  const team = await h.app.db.team.findUniqueOrThrow({ where: { name: "Sales" } });
  await h.app.db.teamChannel.create({ data: { teamId: team.id, platform: "slack", conversationId: ROOM, purpose: "approvals" } });
  await say("ULI", "company new Acme");
  await say("ULI", "deal new Acme 200k proposal");
});
afterAll(async () => {
  await h.close();
});

/** The file completed in a share arrived as bytes, is a PDF, and equals the stored quote PDF. */
function expectSharedPdf(body: Record<string, unknown>): void {
  const fileId = (body.files as { id: string }[])[0]!.id;
  const upload = h.fake.uploads.get(fileId);
  expect(upload?.fileName).toMatch(/^quote-Q\d+-[0-9a-f]+\.pdf$/);
  expect(upload!.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(upload!.bytes.equals(fs.readFileSync(path.join(h.app.files.dir, upload!.fileName)))).toBe(true);
}

describe("quote approval in a Slack channel, against a fake Slack", () => {
  it("posts the approval card to the approvals channel, refuses a stranger privately, and the manager's click decides and updates the card in place", async () => {
    await say("ULI", "quote new Acme");
    await say("ULI", "quote line Server 10 1000 15%");
    await say("ULI", "quote submit");
    expect((await quote()).status).toBe("pending");

    const card = h.fake.callsOf("chat.postMessage").find((c) => c.body.channel === ROOM);
    expect(card).toBeDefined();
    const approve = buttonsIn(card!.body.blocks).find((b) => b.action_id.startsWith("quote.approve"));
    expect(approve).toBeDefined();
    const post = await h.app.db.cardPost.findFirstOrThrow({ where: { platform: "slack", conversationId: ROOM } });
    const { ts } = JSON.parse(post.messageRef) as { ts: string };

    // Someone who is not the approver: a private refusal, nothing decided, the card untouched.
    const updatesBefore = h.fake.callsOf("chat.update").length;
    await click("UOTHER", { ts }, approve!);
    expect((await quote()).status).toBe("pending");
    const refusal = h.fake.callsOf("chat.postEphemeral").find((c) => c.body.user === "UOTHER");
    expect(refusal?.body.channel).toBe(ROOM);
    expect(h.fake.callsOf("chat.update")).toHaveLength(updatesBefore);

    // The manager approves: one decision, the card in the channel is edited, the rep is told.
    await click("UMGR", { ts }, approve!);
    const decided = await quote();
    expect(decided.status).toBe("approved");
    expect(decided.approvals.map((a) => a.status)).toEqual(["approved"]);
    expect(decided.deal?.stage.key).toBe("negotiation");
    const edits = h.fake
      .callsOf("chat.update")
      .slice(updatesBefore)
      .filter((c) => c.body.channel === ROOM && c.body.ts === ts);
    expect(edits.length).toBeGreaterThanOrEqual(1);
    expect(buttonsIn(edits.at(-1)!.body.blocks).some((b) => b.action_id.startsWith("quote.approve"))).toBe(false);
    // The rep is told in their DM, with the quote PDF shared there (files.uploadV2) and the news as its comment.
    const shared = h.fake.callsOf("files.completeUploadExternal").filter((c) => c.body.channel_id === "DLI");
    expect(shared).toHaveLength(1);
    expect(String(shared[0]!.body.initial_comment)).toMatch(/approved/i);
    expectSharedPdf(shared[0]!.body);

    // A second click on the old card changes nothing.
    await click("UMGR", { ts }, approve!);
    expect((await h.app.db.approval.findMany()).map((a) => a.status)).toEqual(["approved"]);
    expect(await h.app.db.auditLog.count({ where: { action: { startsWith: "approval." } } })).toBeGreaterThanOrEqual(1);
  });

  it("an auto-approved quote shares its PDF in the rep's DM", async () => {
    const before = h.fake.callsOf("files.completeUploadExternal").length;
    await say("ULI", "quote new Acme");
    await say("ULI", "quote line Server 2 5000 5%");
    await say("ULI", "quote submit");
    const latest = await h.app.db.quote.findFirstOrThrow({ orderBy: { number: "desc" } });
    expect(latest.status).toBe("approved");
    const shared = h.fake.callsOf("files.completeUploadExternal").slice(before);
    expect(shared.map((c) => c.body.channel_id)).toEqual(["DLI"]);
    expectSharedPdf(shared[0]!.body);
  });
});
