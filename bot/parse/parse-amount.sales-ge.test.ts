// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from 'vitest';
import { parseAmount } from './parse-amount.js';

/** "N个" after a money word is N万 in sales speech. */
const MONEY: Array<[string, number]> = [
  ['那单80个', 800_000], ['报价120个', 1_200_000], ['华为那单子80个，下周签', 800_000], ['腾讯预算50个左右', 500_000],
  ['价格压到95个', 950_000], ['合同金额是200个', 2_000_000], ['京东报了35个', 350_000],
];

describe('N个 closing a money phrase is N万', () => {
  it.each(MONEY)('%s => %d', (text, amount) => {
    expect(parseAmount(text, 'CNY')?.minor).toBe(amount * 100);
  });
  it.each(['3个人参加了会议', '开了两个账号', '报价两个版本', '合同3个附件还没签', '订单5个，下周发货', '下单5个'])('%s is no 万 amount', (text) => {
    const parsed = parseAmount(text, 'CNY');
    expect(parsed === null || parsed.minor < 10_000 * 100).toBe(true);
  });
});
