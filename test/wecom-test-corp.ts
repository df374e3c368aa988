import type { Clock } from "../domain/shared/clock.js";
import { FakeWecomApi } from "./fake-wecom-api.js";
import { type TestApp, startTestApp } from "./test-app.js";
import { WecomCallbackClient, type WecomSecrets } from "./wecom-callback-client.js";

/** The test corp's app: its callback secrets (WeCom's sample shapes), app secret and group robot key. */
export const WECOM: WecomSecrets = {
  corpId: "wwcrm00000000test",
  agentId: 1000002,
  token: "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo",
  encodingAesKey: "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt",
};
export const WECOM_APP_SECRET = "app-secret";
export const WECOM_ROBOT_KEY = "robot-key-1";

/** A fake WeCom API for the test corp. */
export function fakeWecomApi(): FakeWecomApi {
  return new FakeWecomApi({ corpId: WECOM.corpId, secret: WECOM_APP_SECRET, robotKey: WECOM_ROBOT_KEY });
}

/** The environment that switches the WeCom channel on for the test corp, against a fake API at `apiBase`. */
export function wecomEnv(apiBase: string): Record<string, string> {
  return {
    WECOM_CORP_ID: WECOM.corpId,
    WECOM_AGENT_ID: String(WECOM.agentId),
    WECOM_SECRET: WECOM_APP_SECRET,
    WECOM_TOKEN: WECOM.token,
    WECOM_ENCODING_AES_KEY: WECOM.encodingAesKey,
    WECOM_API_BASE: apiBase,
    // The tests' clock stands still: a minute's 30 messages to one member would never pass (caps: wecom-member-caps.test.ts).
    WECOM_MEMBER_PER_MINUTE: "0",
    WECOM_MEMBER_PER_HOUR: "0",
  };
}

export interface WecomTestApp extends TestApp {
  fake: FakeWecomApi;
  /** The fake WeCom API's address (WECOM_API_BASE). */
  apiBase: string;
  /** Posts callbacks as WeCom would, stamped with the app's clock. */
  wecom: WecomCallbackClient;
}

/**
 * The whole app with the WeCom channel on for the test corp, against a fresh fake WeCom API;
 * `moreEnv` adds settings that need the fake's URL (a group robot webhook).
 */
export async function startWecomTestApp(clock: Clock, moreEnv: (apiBase: string) => Record<string, string> = () => ({})): Promise<WecomTestApp> {
  const fake = fakeWecomApi();
  const apiBase = await fake.start();
  let started: TestApp;
  try {
    started = await startTestApp({ clock, outboxPollMs: 0, env: { ...wecomEnv(apiBase), ...moreEnv(apiBase) } });
  } catch (error) {
    await fake.stop();
    throw error;
  }
  return {
    ...started,
    fake,
    apiBase,
    wecom: new WecomCallbackClient(started.base, WECOM, () => clock.now()),
    async close() {
      await started.close();
      await fake.stop();
    },
  };
}
