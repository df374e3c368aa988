/**
 * A company named only as the competition ("lost to Globex", "输给了腾讯", "chose us over X",
 * "竞争对手字节跳动", "在比较我们和华为的方案", "报价参考阿里巴巴那单"), or a courier carrying the parcel ("顺丰单号SF8899"), is context, not the customer the sentence is about. Rule: a mention is
 * "in passing" when a competitor cue stands right before it (same clause) or right after it
 * ("X是竞争对手", "Globex (competitor)"). Such a company never captures the log while another
 * company is named; named alone it is only offered as a choice, never logged on silently.
 */
const EN_BEFORE = new RegExp(
  String.raw`(?:\blost\b[^,.;!?]{0,40}?\b(?:to|against)|\blos(?:e|ing)\s+to|\bbeat(?:en)?\s+by|\bcompetitors?(?:\s+(?:like|such\s+as))?|` +
    String.raw`\bcompeting\s+(?:with|against)|\bagainst|\bvs\.?|\bversus|\bover|\binstead\s+of|\brather\s+than|\bswitch(?:ed|ing)?\s+to|` +
    String.raw`\bmov(?:ed|ing)\s+to|\bwent\s+with|\bchose|\bpicked|\bcompared?\s+(?:us\s+)?(?:with|to)|\bthan)\s*(?:the\s+|a\s+)?$`,
  "iu",
);
const ZH_BEFORE =
  /(?:输给了?|败给了?|丢给了?|竞争对手(?:是|有)?|竞品(?:是|有)?|对手(?:是|有)?|友商(?:是|有)?|没选|不选|选了|换成了?|改用了?|转投了?|而不是|比不过|不如|相比|对比|比较了?|(?:比较|对比|比)(?:一下)?(?:我们|咱们)(?:和|跟|与)|参考了?|对标|比照|(?:现在|目前|之前|以前|原来)?(?:用的是|用的|在用|使用的?是?)|(?:去年|之前|以前|原来|曾经)(?:跟|和|与)|(?:提到|说起|聊到)(?:了)?(?:去年|之前|以前)?(?:跟|和|与)?)\s*$/u;
const AFTER =
  /^\s*(?:[(（]\s*(?:competitor|竞品|竞争对手|对手|友商)|[,，]\s*(?:a|an|our|their|the)\s+(?:competitor|rival)(?!['’]s|\s+(?:quote|quoted|price|priced|pricing|offer|offered|bid|came\s+in|is\s+at))|[,，]?\s*(?:也是)?(?:竞品|竞争对手|友商)(?!的?(?:报价|报了|价格|出价|开价|方案|给|那边|也|在|的|低|便宜|降价|打折|折扣))|是(?:我们的)?(?:竞争对手|竞品|对手|友商)|(?:is|are)\s+(?:a\s+|our\s+)?competitors?|(?:快递|速递)?(?:单号|运单号?|快递单号?|物流单号?)|(?:快递|速递)(?!公司|员工|的人|那边)|\s+(?:tracking|waybill)\b)/iu;

/** "用顺丰寄给京东", "走顺丰发过去", "shipped it via FedEx": the carrier of a parcel, named with its sending. */
const CARRIER_BEFORE_ZH = /(?:用|走|叫了?)\s*$/u;
/** A parcel's sending: 寄 / 快递; a bare 发 only after 走 ("走顺丰发过去了": "用腾讯会议发了邀请" is no parcel). */
const SENT_AFTER_ZH = /^\s*(?:快递)?(?:寄|邮寄|发快递|发货)/u;
/** 走 names the route: "走顺丰发过去了". */
const ROUTE_BEFORE_ZH = /走\s*$/u;
const SENT_AFTER_ROUTE_ZH = /^\s*发/u;
/** "shipped the samples via FedEx", "sent the contract by DHL"; "via Globex's portal" is the customer's own. */
const CARRIER_EN = /\b(?:shipped|sent|mailed|couriered|posted|delivered)\b[^,.;!?]{0,40}\b(?:via|by)\s*$/iu;
const POSSESSIVE_AFTER = /^['’]s?\b/u;

/** "腾讯也在跟他们谈 价格比我们低": another vendor talking to the customer; "华为合作过 不太满意": someone they worked with. */
const ZH_OTHER_VENDOR_AFTER = /^\s*(?:也在|还在|同时在|也)(?:跟|和|与)(?:他们|对方|客户)|^\s*(?:合作过|用过)/u;

export function isPassingMention(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 20);
  return (
    EN_BEFORE.test(before) ||
    ZH_BEFORE.test(before) ||
    AFTER.test(after) ||
    ZH_OTHER_VENDOR_AFTER.test(after) ||
    (CARRIER_BEFORE_ZH.test(before) && SENT_AFTER_ZH.test(after)) ||
    (ROUTE_BEFORE_ZH.test(before) && SENT_AFTER_ROUTE_ZH.test(after)) ||
    (CARRIER_EN.test(before) && !POSSESSIVE_AFTER.test(after))
  );
}
