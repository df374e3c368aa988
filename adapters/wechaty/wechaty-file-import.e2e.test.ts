import { readdirSync } from "node:fs";
import { FileBox } from "file-box";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { mock } from "wechaty-puppet-mock";
import { workbook } from "../../test/import-fixture.js";
import { type MockWechat, startMockWechat, textsSince } from "../../test/wechaty-mock.harness.js";

let w: MockWechat;
let amy: mock.ContactMock;
const storedImports = () => readdirSync(w.app.files.dir).filter((f) => f.startsWith("import-"));

beforeAll(async () => {
  w = await startMockWechat();
  amy = w.mocker.createContact({ name: "Amy" });
  await w.say(amy, "help");
});
afterAll(async () => w?.close());

describe("a spreadsheet sent to the bot on WeChat as a file (Wechaty)", () => {
  it("is taken from the message's FileBox and previewed; a redelivery makes no second preview", async () => {
    const bytes = await workbook([
      ["Company", "Contact", "Email"],
      ["Initech", "Bill", "bill@initech.com"],
      ["Globex", "Hank", "hank@globex.com"],
    ]);
    const before = w.sentTo(amy).length;
    const id = await w.sendFile(amy, FileBox.fromBase64(bytes.toString("base64"), "customers.xlsx"));
    expect(textsSince(w.sentTo(amy), before)).toContain("2 rows: 2 new customers");
    expect(await w.app.db.company.count({ where: { name: { in: ["Initech", "Globex"] } } })).toBe(0);

    const files = storedImports().length;
    const again = w.sentTo(amy).length;
    await w.deliver(id);
    expect(w.sentTo(amy).length).toBe(again);
    expect(storedImports()).toHaveLength(files);
    expect(await w.app.db.importJob.count()).toBe(1);
  });

  it("answers a file that is no spreadsheet, and one over the size limit, without keeping it", async () => {
    const files = storedImports().length;
    let before = w.sentTo(amy).length;
    await w.sendFile(amy, FileBox.fromBase64(Buffer.from("%PDF-1.4").toString("base64"), "quote.pdf"));
    expect(textsSince(w.sentTo(amy), before)).toContain("Cannot import");
    before = w.sentTo(amy).length;
    await w.sendFile(amy, FileBox.fromBase64(Buffer.alloc(21 * 1_048_576).toString("base64"), "huge.csv"));
    expect(textsSince(w.sentTo(amy), before)).toContain("too large");
    expect(storedImports()).toHaveLength(files);
  });
});
