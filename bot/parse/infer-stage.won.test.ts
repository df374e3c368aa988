import { describe, expect, it } from "vitest";
import { inferStage } from "./infer-stage.js";
import type { StageKey } from "./types.js";

// "won" said plainly, in both languages; negated or still ahead it is not a win.
const cases: [string, StageKey | null][] = [
  // a win rate is no win ("先降到赢单概率30%" was answered as a won deal)
  ["比亚迪的单子先降到赢单概率30%吧", null],
  ["赢单率50%", null],
  ["比亚迪的单子赢了！", "won"],
  ["华为的项目终于搞定了", "won"],
  ["腾讯那个单子成了", "won"],
  ["赢下了美的的订单", "won"],
  ["这个标赢了", "won"],
  ["Acme deal is won", "won"],
  ["we won Globex!", "won"],
  ["Won the Initech renewal", "won"],
  ["Stark: won.", "won"],
  // a deal or a renewal negotiated to the end ("顺丰的续约谈下来了" was only a note)
  ["顺丰的续约谈下来了，续签三年，每年40万", "won"],
  ["华为的单子谈下来了", "won"],
  ["华为这单谈成了", "won"],
  ["跟美的的合作终于谈成了", "won"],
  ["Contoso renewed for another year at 60k", "won"],
  ["Globex renewed!", "won"],
  // the customer choosing us (found by the fresh probe)
  ["pied piper - they chose us! $58k, starts jan 1", "won"],
  ["美的集团的周总说他们决定用我们的方案了！金额66万", "won"],
  ["顺丰续费了，还是每年20万", "won"],
  ["京东续约成功", "won"],
  // 签单 and an order come down (probe 11: "Northwind 的 PO 下来了，80万，签单" stayed at lead)
  ["Northwind 的 PO 下来了，80万，签单", "won"],
  ["小米签单了", "won"],
  ["签单成功！", "won"],
  ["采购订单终于下来了", "won"],
  ["下周签单", "negotiation"],
  ["预计月底签单", "negotiation"],
  ["还没签单", null],
  ["我们的签单率很高", null],
  ["订单下来了吗", null],
  ["顺丰还没续费", null],
  // renewed with someone else, an NDA renewed, last year's renewal, a condition, a refusal (the review found these won)
  ["Globex renewed with Oracle, we lost", "lost"],
  ["Globex renewed the NDA", null],
  ["华为续费了竞品", null],
  ["华为去年续费了，今年要重新评估", null],
  ["华为这单如果谈成了，能有300万", "negotiation"],
  ["华为今年不打算续约了", null],
  ["Once again Globex signed with us", "won"],
  ["Fabrikam PO for 45,000 received", "won"],
  ["比亚迪合同金额128.5万，已盖章", "won"],
  ["合同还没盖章", null],
  // "能拿下" is a hope: it marked a deal won
  ["小米今年采购额大概500万，我们能拿下一半", "negotiation"],
  ["Globex renewed with us for another year, 80k", "won"],
  // a stamp still ahead is no win: "他说合同本周内盖章" marked the deal won
  ["跟华为李总电话，他说合同本周内盖章", "negotiation"],
  ["华为合同这周盖章", "negotiation"],
  ["华为合同尽快盖章", "negotiation"],
  ["华为的合同盖好章了", "won"],
  ["华为的单子没谈下来", null],
  ["价格谈下来了", "negotiation"],
  ["Contoso renewed interest in the product", null],
  ["比亚迪的单子没赢", null],
  ["we won't win Hooli this quarter", null],
  ["争取下个月赢下华为", "negotiation"],
  // a signed contract said as a state
  ["腾讯的合同已签，金额38.8万，下月初付首款", "won"],
  ["华为已签约", "won"],
  ["小米的合同都签好了", "won"],
  ["和京东签署了合同", "won"],
  ["与美团签订了协议", "won"],
  ["合同还没签，华为在走流程", null],
  // signing an NDA, an LOI, a pilot or a trial is a step on the way, not the deal
  ["Initech signed the NDA", null],
  ["Initech signed the mutual NDA, next step technical deep dive", null],
  ["signed an LOI with Globex", null],
  ["Acme signed up for the trial", null],
  ["Globex signed the pilot agreement", null],
  ["we signed a POC with Initech", null],
  ["Hooli will sign the NDA tomorrow", null],
  ["Initech signed the contract", "won"],
  ["Initech signed the MSA", "won"],
  ["Initech signed!", "won"],
  ["Initech PO #88231 received, $42,500", "won"],
  ["Globex purchase order 4500-22 came in today", "won"],
  ["华为签了保密协议", null],
  ["腾讯未签", null],
  ["华为订单确认，30万，下周发货", "won"],
  ["京东确认下单了", "won"],
  ["美团下了个单，20万", "won"],
  // the contract signed on a coming day is still being negotiated
  ["华为的合同下周一签，金额120万", "negotiation"],
  ["小米的合同12号签", "negotiation"],
  ["合同明天签", "negotiation"],
  ["合同今天上午签了", "won"],
  ["2026年12月8日 华为 签约仪式", "negotiation"],
  ["签约仪式办完了", "won"],
  // a stamped contract back from the customer
  ["小米科技的合同已经盖章寄回来了，总金额56万", "won"],
  ["合同回签了", "won"],
  ["合同还没盖章", null],
  ["合同下周盖章", "negotiation"],
];

describe("a won deal in plain words", () => {
  it.each(cases)("%s → %s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});
