import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workbook } from "../../test/import-fixture.js";
import { dm, type SlackHarness, startSlackHarness } from "../../test/slack-harness.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
let h: SlackHarness;

const posted = (from: number) => h.fake.calls.slice(from).filter((c) => c.method === "chat.postMessage" || c.method === "chat.postEphemeral");
const textOf = (calls: { body: Record<string, unknown> }[]) => calls.map((c) => JSON.stringify(c.body)).join("\n");
const share = (user: string, file: { id: string; name: string; url: string; size?: number }) =>
  h.sendEvent({
    type: "message",
    subtype: "file_share",
    channel_type: "im",
    channel: `D${user.slice(1)}`,
    user,
    text: "",
    ts: `${Date.now() / 1000}`,
    files: [{ id: file.id, name: file.name, url_private_download: file.url, ...(file.size !== undefined ? { size: file.size } : {}) }],
  });

beforeAll(async () => {
  h = await startSlackHarness(NOW);
  h.fake.setUser("UBOSS", { real_name: "Wang Boss", locale: "en-US", tz: "Asia/Shanghai" });
  await h.sendEvent(dm("UBOSS", "help"));
  await h.settle();
});
afterAll(async () => h?.close());

describe("a spreadsheet shared with the bot in Slack", () => {
  it("is fetched with the bot token and previewed; the Import button imports it", async () => {
    const url = h.fake.shareFile(
      "F1",
      await workbook([
        ["Company", "Contact", "Email"],
        ["Initech", "Bill", "bill@initech.com"],
        ["Globex", "Hank", "hank@globex.com"],
      ]),
    );
    const from = h.fake.calls.length;
    expect((await share("UBOSS", { id: "F1", name: "customers.xlsx", url })).status).toBe(200);
    await h.settle();
    const preview = posted(from);
    expect(textOf(preview)).toContain("2 rows: 2 new customers");
    expect(await h.app.db.company.count({ where: { name: { in: ["Initech", "Globex"] } } })).toBe(0);
    const blocks = preview.flatMap((c) => (c.body.blocks ?? []) as { elements?: { type: string; action_id?: string; value?: string }[] }[]);
    const importButton = blocks.flatMap((b) => b.elements ?? []).find((e) => e.type === "button" && e.value?.endsWith(":update"))!;
    await h.sendInteraction({
      type: "block_actions",
      user: { id: "UBOSS", team_id: "T1" },
      container: { type: "message", message_ts: "1700000000.000100", channel_id: "DBOSS", is_ephemeral: false },
      channel: { id: "DBOSS", name: "directmessage" },
      response_url: `${h.fake.responseBase}/import-1`,
      trigger_id: "trig-import-1",
      actions: [{ type: "button", action_id: importButton.action_id, block_id: "b1", value: importButton.value, action_ts: `${Date.now() / 1000}` }],
    });
    await h.settle();
    // The click is answered with the progress card at once; nothing is written in the event.
    expect(await h.app.db.company.count({ where: { name: { in: ["Initech", "Globex"] } } })).toBe(0);
    const afterClick = h.fake.calls.length;
    await h.app.imports.tick(); // the app's runner, as its poll does
    await h.settle();
    expect(await h.app.db.company.count({ where: { name: { in: ["Initech", "Globex"] } } })).toBe(2);
    expect(await h.app.db.contact.count()).toBe(2);
    // Slack edits messages: the card is updated in place (chat.update), then the result is posted.
    const calls = h.fake.calls.slice(afterClick);
    const updates = calls.filter((c) => c.method === "chat.update");
    expect(updates.length).toBeGreaterThan(0);
    expect(JSON.stringify(updates.at(-1)!.body)).toContain("2 / 2 rows, 0 rejected");
    expect(textOf(calls.filter((c) => c.method === "chat.postMessage"))).toContain("Import done (customers.xlsx): 2 customers created");
  });

  it("a file from another host is not fetched, one over the limit not even asked for; the person is told", async () => {
    let from = h.fake.calls.length;
    await share("UBOSS", { id: "F2", name: "evil.xlsx", url: "https://evil.example/files/F2" });
    await h.settle();
    expect(textOf(posted(from))).toContain('Could not fetch \\"evil.xlsx\\"');
    from = h.fake.calls.length;
    await share("UBOSS", { id: "F3", name: "huge.xlsx", url: h.fake.shareFile("F3", Buffer.alloc(10)), size: 500 * 1_048_576 });
    await h.settle();
    expect(textOf(posted(from))).toContain("too large");
    expect(await h.app.db.importJob.count()).toBe(1);
  });
});
