/**
 * "用顺丰给美的寄了合同原件", "给京东寄了样品，走的顺丰，单号SF1234567890", "shipped the samples to Globex via FedEx": a
 * company named as the carrier of something sent is no customer of the log (顺丰 and 京东 are both). Rule: a word of
 * carrying stands right before it (用 / 走 / 通过 / via / by) with sending around it, or its tracking number or
 * 快递 follows it.
 */
const CARRIED_BY_BEFORE = /(?:用|走(?:的)?|通过|叫了?个?)\s*$|\b(?:via|by|with|using|through)\s+$/iu;
const SENDING_AROUND = /寄|快递|邮寄|发货|到付|单号|\b(?:ship(?:ped|ping)?|sent|send|mail(?:ed)?|courier(?:ed)?|posted|overnight(?:ed)?|tracking)\b/iu;
// ("京东物流" is also a customer's name: 物流 alone says nothing of a parcel)
const CARRIER_AFTER = /^\s*(?:的)?(?:快递|速运|快运)|^\s*(?:的)?(?:运|快递)?单号|^\s*(?:express\s+)?tracking\b/iu;

export function isCourierMention(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 16);
  if (CARRIER_AFTER.test(after)) return true;
  return CARRIED_BY_BEFORE.test(before) && SENDING_AROUND.test(text.slice(Math.max(0, start - 48), end + 24));
}
