import { parentPort } from "node:worker_threads";
import { startFakeSlack } from "../test/fake-slack.js";

/**
 * The fake Slack Web API of the Slack bench, on a thread of its own: Slack is another machine, so
 * answering our chat.postMessage calls must not take turns of the event loop we are measuring.
 * Posts { apiUrl } when listening; closes on "close".
 */
if (parentPort) {
  const port = parentPort;
  const fake = await startFakeSlack();
  port.on("message", (message: unknown) => {
    if (message !== "close") return;
    void fake.close().then(() => {
      port.postMessage({ closed: true });
      port.close();
    });
  });
  port.postMessage({ apiUrl: fake.apiUrl });
}
