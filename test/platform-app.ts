import type { CrmApp } from "../app/create-app.js";
import { type FakeSlack, startFakeSlack } from "./fake-slack.js";
import type { FakeWecomApi } from "./fake-wecom-api.js";
import { FakeDingTalk } from "./fakes/fake-dingtalk.js";
import type { TestDb } from "./test-db.js";
import { startTestApp } from "./test-app.js";
import { NO_LIMITS_ENV } from "./no-limits-env.js";
import { fakeWecomApi, wecomEnv } from "./wecom-test-corp.js";

export const SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export { WECOM } from "./wecom-test-corp.js";
export const DING = { appKey: "dingappkey", appSecret: "app-secret-1", robotAccessToken: "robot-token", robotSecret: "SECrobot" };
/** The corp the DingTalk callbacks of the tests come from (DINGTALK_CORP_ID). */
export const DING_CORP = "dingcorp1";

let lastDingTalkStamp = 0;
/**
 * A DingTalk callback timestamp (ms) never handed out before: DingTalk's sign covers only the
 * timestamp, and the app refuses a (timestamp, sign) pair used by another delivery.
 */
export function uniqueDingTalkTimestamp(): string {
  lastDingTalkStamp = Math.max(Date.now(), lastDingTalkStamp + 1);
  return String(lastDingTalkStamp);
}

export interface PlatformApp {
  app: CrmApp;
  t: TestDb;
  base: string;
  slack: FakeSlack;
  wecom: FakeWecomApi;
  ding: FakeDingTalk;
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** One app with the Slack, WeCom and DingTalk adapters all enabled against local fakes, on an ephemeral port (real clock). */
export async function startPlatformApp(): Promise<PlatformApp> {
  const slack = await startFakeSlack();
  const wecom = fakeWecomApi();
  const wecomBase = await wecom.start();
  const ding = new FakeDingTalk(DING, () => new Date());
  await ding.start();
  const started = await startTestApp({
    outboxPollMs: 0,
    env: {
      ...NO_LIMITS_ENV,
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_API_URL: slack.apiUrl,
      ...wecomEnv(wecomBase),
      DINGTALK_APP_KEY: DING.appKey,
      DINGTALK_APP_SECRET: DING.appSecret,
      DINGTALK_API_BASE: ding.base,
      DINGTALK_CORP_ID: DING_CORP,
    },
  });
  const { app, t, base } = started;
  return {
    app,
    t,
    base,
    slack,
    wecom,
    ding,
    async settle() {
      await app.inbox.idle();
      await app.outbox.drain();
    },
    async close() {
      await started.close();
      await slack.close();
      await wecom.stop();
      await ding.stop();
    },
  };
}
