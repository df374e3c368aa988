import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FileBox } from "file-box";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { types } from "wechaty";
import type { mock } from "wechaty-puppet-mock";
import { DeliveryError } from "../../bot/delivery/channel-sender.js";
import type { Card } from "../../cards/model.js";
import { CONTACT_TYPE_OFFICIAL, MESSAGE_TYPE } from "./to-inbound-event.js";
import { type MockWechat, startMockWechat, textsSince } from "../../test/wechaty-mock.harness.js";

let w: MockWechat;
let amy: mock.ContactMock;
let room: mock.RoomMock;

const card: Card = {
  title: "Approve the discount?",
  blocks: [
    {
      type: "actions",
      buttons: [
        { label: "Approve", actionId: "test.approve", value: "d1" },
        { label: "Reject", actionId: "test.reject", value: "d1" },
      ],
    },
  ],
};

beforeAll(async () => {
  w = await startMockWechat();
  amy = w.mocker.createContact({ name: "Amy" });
  room = w.mocker.createRoom({ topic: "Sales", memberIdList: [w.self.id, amy.id] });
});

afterAll(async () => {
  await w?.close();
});

describe("WechatySender", () => {
  it("sends a private reply in a group to the person's direct chat, where the number is answered", async () => {
    await w.adapter.sender.send({ conversationId: room.id, kind: "group", platformUserId: amy.id }, { card, visibility: "private" });
    expect(w.sentTo(room)).toHaveLength(0);
    const text = textsSince(w.sentTo(amy), 0);
    expect(text).toContain("【Approve the discount?】\n[1] Approve\n[2] Reject");
    expect(text).toContain("(Reply with a number to choose.)");
    const stored = await w.app.db.numberedChoice.findFirstOrThrow({ where: { platform: "wechaty", conversationId: amy.id } });
    expect(stored.platformUserId).toBe(amy.id);
  });

  it("a card posted to a team group can be answered by anyone in it", async () => {
    await w.adapter.sender.send({ conversationId: room.id, kind: "group" }, { text: "Daily digest", card });
    expect(textsSince(w.sentTo(room), 0)).toMatch(/^Daily digest\n\n【Approve the discount\?】/);
    const stored = await w.app.db.numberedChoice.findFirstOrThrow({ where: { platform: "wechaty", conversationId: room.id } });
    expect(stored.platformUserId).toBe("");
  });

  it("sends an attachment as a file after the text, with the exact bytes", async () => {
    const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "wechaty-file-")), "quote-7-abc.pdf");
    fs.writeFileSync(file, bytes);
    const before = w.sentTo(amy).length;
    await w.adapter.sender.send(
      { conversationId: amy.id, kind: "direct", platformUserId: amy.id },
      { text: "Quote #7 approved", attachment: { fileName: "quote-7-abc.pdf", mimeType: "application/pdf", path: file } },
    );
    const sent = w.sentTo(amy).slice(before);
    expect(textsSince(sent, 0)).toContain("Quote #7 approved");
    const withFile = sent.filter((m) => w.mocker.cacheFileBoxPayload.has(m.id));
    expect(withFile).toHaveLength(1);
    const box = FileBox.fromJSON(w.mocker.cacheFileBoxPayload.get(withFile[0]!.id)!);
    expect(box.name).toBe("quote-7-abc.pdf");
    expect((await box.toBuffer()).equals(bytes)).toBe(true);
    await expect(
      w.adapter.sender.send(
        { conversationId: amy.id, kind: "direct", platformUserId: amy.id },
        { attachment: { fileName: "x.pdf", mimeType: "application/pdf", path: `${file}.gone` } },
      ),
    ).rejects.toMatchObject({ code: "PAYLOAD_REJECTED" });
  });

  it("maps an unknown chat to TARGET_NOT_FOUND and a logged-out bot to TEMPORARY", async () => {
    const unknown = w.adapter.sender.send({ conversationId: "nobody", kind: "direct", platformUserId: "nobody" }, { text: "hi" });
    await expect(unknown).rejects.toMatchObject({ code: "TARGET_NOT_FOUND" });
    const unknownRoom = w.adapter.sender.send({ conversationId: "nothing@chatroom", kind: "group" }, { text: "hi" });
    await expect(unknownRoom).rejects.toBeInstanceOf(DeliveryError);

    await w.adapter.wechaty.logout();
    const loggedOut = w.adapter.sender.send({ conversationId: amy.id, kind: "direct", platformUserId: amy.id }, { text: "hi" });
    await expect(loggedOut).rejects.toMatchObject({ code: "TEMPORARY" });
  });

  it("spells out wechaty-puppet's enum values correctly", () => {
    for (const [name, value] of Object.entries(MESSAGE_TYPE)) expect(types.Message[name as keyof typeof types.Message]).toBe(value);
    expect(types.Contact.Official).toBe(CONTACT_TYPE_OFFICIAL);
  });
});
