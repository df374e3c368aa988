import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { caught } from "../test/caught.js";
import { startTestApp } from "../test/test-app.js";

const key = () => randomBytes(32).toString("base64");

describe("channel adapters from the environment", () => {
  it("no platform variable: only the local channel", async () => {
    const started = await startTestApp({ env: { CRM_DATA_KEY: key() }, outboxPollMs: 0 });
    try {
      expect(started.app.adapters.map((a) => a.platform)).toEqual([]);
    } finally {
      await started.close();
    }
  });

  it("a configured platform is loaded and served; one missing a required variable is not", async () => {
    const env = {
      CRM_DATA_KEY: key(),
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: "secret",
      SLACK_API_URL: "http://127.0.0.1:9/api/",
      WECHATY_TOKEN: "only a token",
    };
    const started = await startTestApp({ env, outboxPollMs: 0 });
    try {
      expect(started.app.adapters.map((a) => a.platform)).toEqual(["slack"]);
      const res = await fetch(`${started.base}/slack/events`, { method: "POST", body: "{}" });
      expect(res.status).not.toBe(404);
    } finally {
      await started.close();
    }
  });

  it("an invalid value of a platform still stops the start with its message", async () => {
    const env = { CRM_DATA_KEY: key(), DINGTALK_MODE: "http", DINGTALK_APP_KEY: "key", DINGTALK_APP_SECRET: "secret" };
    const error = await caught(startTestApp({ env, outboxPollMs: 0 }));
    expect(String(error)).toMatch(/Invalid DingTalk configuration[\s\S]*DINGTALK_CORP_ID/);
  });
});
