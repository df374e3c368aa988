import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dm, type SlackHarness, startSlackHarness } from "../../test/slack-harness.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const ROOM = "CSALES";

let h: SlackHarness;
let ts = 1_700_000_000;
const say = async (user: string, text: string) => {
  await h.sendEvent(dm(user, text));
  await h.settle();
};
const mention = async (user: string, text: string) => {
  await h.sendEvent({ type: "app_mention", user, text: `<@UBOT> ${text}`, channel: ROOM, ts: `${++ts}.000100` });
  await h.settle();
};
const inRoom = () => h.fake.callsOf("chat.postMessage").filter((c) => c.body.channel === ROOM);
const ephemeral = () => h.fake.callsOf("chat.postEphemeral").filter((c) => c.body.channel === ROOM);

beforeAll(async () => {
  h = await startSlackHarness(NOW);
  h.fake.setUser("ULI", { real_name: "Li Lei", locale: "en-US", tz: "Asia/Shanghai" });
  await say("ULI", "company new Acme Robotics");
  await say("ULI", "deal new Acme Robotics 345678 proposal");
  await say("ULI", "contact add Acme Robotics Zhang San 13812345678 zhang@acme.example");
});
afterAll(async () => {
  await h.close();
});

describe("records asked for in a Slack channel", () => {
  it.each([
    ["deal show Acme Robotics", "345,678"],
    ["contact show Zhang San", "13812345678"],
    ["company show Acme Robotics", "345,678"],
    ["what deals does Acme Robotics have?", "345,678"],
  ])("'%s': the details go to the asker only (ephemeral), the channel sees a note without them", async (command, secret) => {
    const posts = inRoom().length;
    const privately = ephemeral().length;
    await mention("ULI", command);

    const mine = ephemeral().slice(privately);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body.user).toBe("ULI");
    expect(JSON.stringify(mine[0]!.body)).toContain(secret);

    const shared = inRoom().slice(posts);
    expect(shared).toHaveLength(1);
    expect(String(shared[0]!.body.text)).toContain("privately");
    expect(JSON.stringify(shared[0]!.body)).not.toContain(secret);
  });

  it("in a direct message the card comes as usual", async () => {
    const before = h.fake.callsOf("chat.postMessage").length;
    await say("ULI", "deal show Acme Robotics");
    const calls = h.fake.callsOf("chat.postMessage").slice(before);
    expect(JSON.stringify(calls)).toContain("345,678");
    expect(JSON.stringify(calls)).not.toContain("privately");
  });
});
