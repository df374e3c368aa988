import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dm, type SlackHarness, startSlackHarness } from "../../test/slack-harness.js";

const NOW = new Date("2026-11-25T02:00:00Z");

let h: SlackHarness;

interface View {
  type: string;
  callback_id?: string;
  private_metadata?: string;
  blocks: { type: string; block_id?: string; element?: { type: string; initial_value?: string; options?: { value: string }[] }; text?: { text: string } }[];
}
const lastView = (method: string) => h.fake.callsOf(method).at(-1)?.body.view as View;

const submission = (view: View, values: Record<string, Record<string, unknown>>, user = "U1") => ({
  type: "view_submission",
  user: { id: user, team_id: "T1" },
  view: {
    id: "V1",
    hash: `h${Math.random()}`,
    type: "modal",
    callback_id: view.callback_id,
    private_metadata: view.private_metadata,
    state: { values: Object.fromEntries(Object.entries(values).map(([block, input]) => [block, { value: input }])) },
  },
});
const text = (value: string) => ({ type: "plain_text_input", value });

beforeAll(async () => {
  h = await startSlackHarness(NOW);
  h.fake.setUser("U1", { tz: "America/New_York", locale: "en-US", real_name: "Amy" });
  await h.sendEvent(dm("U1", "company add Acme Corp B"));
  await h.settle();
});

afterAll(async () => h.close());

describe("Slack modals and App Home", () => {
  it("/crm new-deal opens the New deal modal built from the bot's form card", async () => {
    const res = await h.sendCommand({ text: "new-deal", user_id: "U1", channel_id: "D1", channel_name: "directmessage" });
    expect(res.status).toBe(200);
    const open = h.fake.callsOf("views.open").at(-1)!;
    expect(open.body.trigger_id).toMatch(/^trig-cmd-/);
    const view = lastView("views.open");
    expect(view.type).toBe("modal");
    expect(view.callback_id).toBe("crm_form");
    expect(JSON.parse(view.private_metadata ?? "{}")).toEqual({ formId: "new-deal", channel: "D1" });
    expect(view.blocks.filter((b) => b.type === "input").map((b) => b.block_id)).toEqual(["company", "amount", "stage"]);
    const stage = view.blocks.find((b) => b.block_id === "stage")!;
    expect(stage.element?.type).toBe("static_select");
    expect(stage.element?.options?.map((o) => o.value)).toContain("qualified");
  });

  it("keeps the modal open with field errors when a value is invalid, writing nothing", async () => {
    const view = lastView("views.open");
    const before = { deals: await h.app.db.deal.count(), events: await h.app.db.processedEvent.count() };
    const res = await h.sendInteraction(submission(view, { company: text(""), amount: text("lots of money") }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe("errors");
    expect(Object.keys(body.errors).sort()).toEqual(["amount", "company"]);
    await h.settle();
    expect(await h.app.db.deal.count()).toBe(before.deals);
    expect(await h.app.db.processedEvent.count()).toBe(before.events);
  });

  it("a valid submission closes the modal and creates the deal through the bot (card.submit)", async () => {
    const view = lastView("views.open");
    const res = await h.sendInteraction(
      submission(view, {
        company: text("Acme Corp"),
        amount: text("120k"),
        stage: { type: "static_select", selected_option: { value: "qualified", text: { type: "plain_text", text: "Qualified" } } },
      }),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    await h.settle();
    const deal = await h.app.db.deal.findFirstOrThrow({ include: { stage: true, company: true } });
    expect(deal.company.name).toBe("Acme Corp");
    expect(deal.amountMinor).toBe(12_000_000n);
    expect(deal.currency).toBe("USD");
    expect(deal.stage.key).toBe("qualified");
    const audit = await h.app.db.auditLog.findFirst({ where: { entityType: "deal", entityId: deal.id } });
    expect(audit?.action).toBeTruthy();
    const replies = h.fake
      .callsOf("chat.postMessage")
      .filter((c) => c.body.channel === "U1")
      .map((c) => String(c.body.text));
    expect(replies.some((t) => t.includes(`New deal #${deal.number}`))).toBe(true);
  });

  it("the message shortcut opens Log call prefilled with the message, and its submission logs it", async () => {
    const res = await h.sendInteraction({
      type: "message_action",
      callback_id: "log_to_crm",
      user: { id: "U1", team_id: "T1" },
      channel: { id: "C7", name: "sales" },
      message: { type: "message", user: "U5", text: "Acme Corp called &amp; asked for the security whitepaper", ts: "1700000000.000500" },
      response_url: `${h.fake.responseBase}/shortcut`,
    });
    expect(res.status).toBe(200);
    const view = lastView("views.open");
    expect(JSON.parse(view.private_metadata ?? "{}")).toEqual({ formId: "log-call", channel: "C7" });
    const summary = view.blocks.find((b) => b.block_id === "summary")!;
    expect(summary.element?.initial_value).toBe("Acme Corp called & asked for the security whitepaper");

    const before = await h.app.db.activity.count();
    await h.sendInteraction(submission(view, { company: text("Acme Corp"), summary: text(summary.element!.initial_value!) }));
    await h.settle();
    expect(await h.app.db.activity.count()).toBe(before + 1);
    const activity = await h.app.db.activity.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(activity.summary).toBe("Acme Corp called & asked for the security whitepaper");
    const reply = h.fake
      .callsOf("chat.postMessage")
      .filter((c) => c.body.channel === "C7")
      .at(-1)!;
    expect(String(reply.body.text)).toContain("Acme Corp");
  });

  it("publishes the App Home with the user's open deals and totals, and its buttons open forms", async () => {
    await h.sendEvent({ type: "app_home_opened", user: "U1", channel: "D1", tab: "home" });
    await h.settle();
    const publish = h.fake.callsOf("views.publish").at(-1)!;
    expect(publish.body.user_id).toBe("U1");
    const view = publish.body.view as View;
    expect(view.type).toBe("home");
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain("Acme Corp");
    expect(shown).toContain("Qualified");
    expect(shown).toContain("$120,000");

    const opens = h.fake.callsOf("views.open").length;
    await h.sendInteraction({
      type: "block_actions",
      user: { id: "U1", team_id: "T1" },
      container: { type: "view", view_id: "VHOME" },
      view: { id: "VHOME", type: "home" },
      actions: [{ type: "button", action_id: "form.open", value: "log-call", action_ts: "1700000001.1" }],
    });
    expect(h.fake.callsOf("views.open")).toHaveLength(opens + 1);
    expect(JSON.parse(lastView("views.open").private_metadata ?? "{}")).toEqual({ formId: "log-call" });
  });
  it("the Edit button on a deal card opens Edit deal prefilled; its submission updates that deal (the version rides along)", async () => {
    const deal = await h.app.db.deal.findFirstOrThrow({ orderBy: { number: "asc" } });
    const opens = h.fake.callsOf("views.open").length;
    await h.sendInteraction({
      type: "block_actions",
      user: { id: "U1", team_id: "T1" },
      container: { type: "message", channel_id: "D1", message_ts: "1700000000.1" },
      channel: { id: "D1" },
      actions: [{ type: "button", action_id: "form.open", value: `edit-deal:${deal.id}:${deal.version}`, action_ts: "1700000002.1" }],
    });
    expect(h.fake.callsOf("views.open")).toHaveLength(opens + 1);
    const view = lastView("views.open");
    expect(JSON.parse(view.private_metadata ?? "{}")).toEqual({ formId: `edit-deal:${deal.id}:${deal.version}`, channel: "D1" });
    const title = view.blocks.find((b) => b.block_id === "title")!;
    expect(title.element?.initial_value).toBe(deal.title);
    const res = await h.sendInteraction(submission(view, { title: text("Acme phase 2"), amount: text("150k"), probability: text("40") }));
    expect(res.status).toBe(200);
    await h.settle();
    const after = await h.app.db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect([after.title, after.amountMinor, after.probability]).toEqual(["Acme phase 2", 15_000_000n, 40]);
  });
});
