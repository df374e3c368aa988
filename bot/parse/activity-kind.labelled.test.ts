// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { inferActivityIntent } from "./infer-activity.js";

/** Probe: field-style notes took the label word (拜访方式) for the kind, or found none. */
describe("a note that labels how the contact was made", () => {
  it.each([
    ["客户：京东；拜访方式：电话；内容：聊了续约；下次跟进：周五下午", "call"],
    ["【拜访纪要】客户：腾讯 / 形式：视频会议 / 内容：过了需求", "meeting"],
    ["客户：阿里巴巴｜方式：电话｜结果：丢单，对方选了用友｜下一步：无", "call"],
    ["客户：小米 / 方式：上门 / 结果：需求明确 / 下一步：周五报价", "visit"],
    ["Type: email / Company: Contoso / Sent revised pricing ($110k) / Follow up: Monday", "email"],
    ["Company: Initech | Method: onsite | Outcome: verbal yes", "visit"],
    // a visit said, then the talk it held
    ["下午去美的拜访，聊了两个小时", "visit"],
  ])("%s → %s", (text, kind) => {
    const read = inferActivityIntent(text);
    expect(read.activity).toBe(kind);
    expect(read.planned).toBe(false);
  });
});
