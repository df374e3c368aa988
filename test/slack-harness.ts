import type { CrmApp } from "../app/create-app.js";
import { fixedClock } from "../domain/shared/clock.js";
import { type FakeSlack, slackSignature, startFakeSlack } from "./fake-slack.js";
import type { TestDb } from "./test-db.js";
import { startTestApp } from "./test-app.js";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const TEAM = "T1";

export interface SlackHarness {
  app: CrmApp;
  fake: FakeSlack;
  db: TestDb;
  clock: ReturnType<typeof fixedClock>;
  /** POSTs a signed Events API envelope; `headers` override or add (X-Slack-Retry-Num…). */
  sendEvent(event: Record<string, unknown>, options?: { eventId?: string; headers?: Record<string, string> }): Promise<Response>;
  /** POSTs a signed slash command (form-urlencoded). */
  sendCommand(fields: Record<string, string>): Promise<Response>;
  /** POSTs a signed interactivity payload (form-urlencoded `payload=<json>`). */
  sendInteraction(payload: Record<string, unknown>): Promise<Response>;
  /** POSTs any body with the given signature headers. */
  post(body: string, headers: Record<string, string>): Promise<Response>;
  /** Waits for the inbox and the outbox to settle. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

let seq = 0;
const next = (prefix: string) => `${prefix}${++seq}`;

export async function startSlackHarness(now: Date, moreEnv: Record<string, string> = {}): Promise<SlackHarness> {
  const fake = await startFakeSlack();
  const clock = fixedClock(now);
  const started = await startTestApp({
    clock,
    outboxPollMs: 0,
    env: { SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, ...moreEnv },
  });
  const { app, t: db } = started;
  const url = `${started.base}/slack/events`;

  const signed = (body: string, contentType: string, extra: Record<string, string> = {}) => {
    const timestamp = Math.floor(Date.now() / 1000);
    return fetch(url, {
      method: "POST",
      headers: {
        "content-type": contentType,
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": slackSignature(SIGNING_SECRET, timestamp, body),
        ...extra,
      },
      body,
    });
  };

  return {
    app,
    fake,
    db,
    clock,
    sendEvent(event, options = {}) {
      const body = JSON.stringify({
        token: "legacy",
        team_id: TEAM,
        api_app_id: "A1",
        type: "event_callback",
        event_id: options.eventId ?? next("Ev"),
        event_time: Math.floor(Date.now() / 1000),
        event,
      });
      return signed(body, "application/json", options.headers);
    },
    sendCommand(fields) {
      const body = new URLSearchParams({
        command: "/crm",
        team_id: TEAM,
        trigger_id: next("trig-cmd-"),
        response_url: `${fake.responseBase}/${next("cmd")}`,
        ...fields,
      }).toString();
      return signed(body, "application/x-www-form-urlencoded");
    },
    sendInteraction(payload) {
      const body = new URLSearchParams({ payload: JSON.stringify({ team: { id: TEAM, domain: "acme" }, trigger_id: next("trig-"), ...payload }) }).toString();
      return signed(body, "application/x-www-form-urlencoded");
    },
    post(body, headers) {
      return fetch(url, { method: "POST", headers, body });
    },
    async settle() {
      await app.inbox.idle();
      await app.outbox.drain();
    },
    async close() {
      await started.close();
      await fake.close();
    },
  };
}

/** A DM from a user, as Slack sends message.im. */
export function dm(user: string, text: string) {
  return { type: "message", channel_type: "im", channel: `D${user.slice(1)}`, user, text, ts: `${Date.now() / 1000}` };
}
