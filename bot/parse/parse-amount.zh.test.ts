// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from 'vitest';
import { parseAmount } from './parse-amount.js';

/** [sentence, minor units (fen), currency, approximate?] — Chinese phrasings reps actually type. */
type Row = [string, number, string, boolean?];

const plain: Row[] = [
  ['预算20万', 20_000_000, 'CNY'], ['预算 20 万', 20_000_000, 'CNY'], ['报价 8.8 万元', 8_800_000, 'CNY'],
  ['合同金额150万元', 150_000_000, 'CNY'], ['成交价：35000元', 3_500_000, 'CNY'], ['采购额大概两百万', 200_000_000, 'CNY'],
  ['总价一百二十万', 120_000_000, 'CNY'], ['客户预算有五十万', 50_000_000, 'CNY'], ['对方出价三十五万', 35_000_000, 'CNY'],
  ['12万5', 12_500_000, 'CNY'], ['预算12万5', 12_500_000, 'CNY'], ['1万2', 1_200_000, 'CNY'], ['3千5', 350_000, 'CNY'],
  ['8千', 800_000, 'CNY'], ['报价1.5万', 1_500_000, 'CNY'], ['2.5万', 2_500_000, 'CNY'], ['0.5万元', 500_000, 'CNY'],
  ['8亿元人民币', 80_000_000_000, 'CNY'], ['人民币50万', 50_000_000, 'CNY'], ['人民币 8千元', 800_000, 'CNY'],
  ['82，225.00元', 8_222_500, 'CNY'], ['1,200,000元', 120_000_000, 'CNY'], ['￥80万', 80_000_000, 'CNY'], ['¥ 3,000', 300_000, 'CNY'],
  ['123元1角1分', 12_311, 'CNY'], ['50元6角三分', 5_063, 'CNY'], ['五元三毛', 530, 'CNY'], ['5毛', 50, 'CNY'], ['5毛钱', 50, 'CNY'],
  ['两块五', 250, 'CNY'], ['十块钱', 1_000, 'CNY'], ['300块', 30_000, 'CNY'], ['壹佰贰拾叁元', 12_300, 'CNY'],
  ['壹万元整', 1_000_000, 'CNY'], ['玖仟陆佰陆拾伍圆壹角捌分', 966_518, 'CNY'], ['贰拾万元', 20_000_000, 'CNY'],
  ['50万美元', 50_000_000, 'USD'], ['5万美金', 5_000_000, 'USD'], ['1200亿美元', 12_000_000_000_000, 'USD'],
  ['十五美元', 1_500, 'USD'], ['3000欧元', 300_000, 'EUR'], ['两千英镑', 200_000, 'GBP'], ['100万日元', 1_000_000, 'JPY'],
  ['50万港币', 50_000_000, 'HKD'], ['1.95港元', 195, 'HKD'], ['20万新台币', 20_000_000, 'TWD'], ['1万澳元', 1_000_000, 'AUD'],
  ['3万加元', 3_000_000, 'CAD'], ['100瑞士法郎', 10_000, 'CHF'], ['一千元', 100_000, 'CNY'], ['１２万', 12_000_000, 'CNY'],
  ['合同额300万，首付20%', 300_000_000, 'CNY'], ['下周二见面，10个人，预算30万', 30_000_000, 'CNY'],
  ['下午3点半见，预算30万', 30_000_000, 'CNY'], ['约了20个人，预算十万', 10_000_000, 'CNY'], ['2026年预算500万', 500_000_000, 'CNY'],
  ['第2期付款10万', 10_000_000, 'CNY'], ['3月5号签约，金额80万', 80_000_000, 'CNY'], ['20w', 20_000_000, 'CNY'],
  ['预算30W', 30_000_000, 'CNY'], ['单价 5000', 500_000, 'CNY'], ['报价：12800', 1_280_000, 'CNY'], ['一百万', 100_000_000, 'CNY'],
  ['三千万', 3_000_000_000, 'CNY'], ['一亿二千万', 12_000_000_000, 'CNY'], ['十万八千', 10_800_000, 'CNY'],
  // a year-like figure right after a budget word is money
  ['京东预算2000，想先试用', 200_000, 'CNY'], ['金额1999', 199_900, 'CNY'], ['预算：2020', 202_000, 'CNY'],
  // a bare figure after a budget word and a word of change (probe 11: "腾讯的单子金额改成 1,000,000" was dropped)
  ['腾讯的单子金额改成 1,000,000', 100_000_000, 'CNY'], ['金额改为800000', 80_000_000, 'CNY'], ['预算调整为 800000', 80_000_000, 'CNY'],
  ['合同金额更新成 450000', 45_000_000, 'CNY'], ['deal amount changed to 1,000,000', 100_000_000, 'USD'], ['budget updated to 250000', 25_000_000, 'USD'],
];

const approximate: Row[] = [
  ['预算20多万', 20_000_000, 'CNY', true], ['20多万', 20_000_000, 'CNY', true], ['3000多', 300_000, 'CNY', true],
  ['3000多块', 300_000, 'CNY', true], ['十几万', 10_000_000, 'CNY', true], ['一百多万', 100_000_000, 'CNY', true],
  ['五百余万', 500_000_000, 'CNY', true], ['500余万元', 500_000_000, 'CNY', true], ['二十来万', 20_000_000, 'CNY', true],
  ['预算大概一千多万', 1_000_000_000, 'CNY', true], ['四五千', 400_000, 'CNY', true], ['报价十七八万', 17_000_000, 'CNY', true],
  ['两三万块', 2_000_000, 'CNY', true], ['预算20-30万', 20_000_000, 'CNY', true], ['预算20到30万', 20_000_000, 'CNY', true],
  ['预算20~30万', 20_000_000, 'CNY', true], ['七八千元', 700_000, 'CNY', true], ['一两百万', 100_000_000, 'CNY', true],
  // two digits joined by 、 before the unit are 七八万 written in digits
  ['订单金额大约7、8万', 7_000_000, 'CNY', true], ['预算3、4千', 300_000, 'CNY', true], ['报价15、16万', 15_000_000, 'CNY', true],
];

describe('parseAmount: Chinese amounts', () => {
  it.each([...plain, ...approximate])('%s', (text, minor, currency, approx) => {
    const got = parseAmount(text);
    expect(got).not.toBeNull();
    expect([got?.minor, got?.currency]).toEqual([minor, currency]);
    expect(got?.approximate ?? false).toBe(approx ?? false);
  });

  it('keeps the upper end of a range', () => {
    expect(parseAmount('四五千')?.maxMinor).toBe(500_000);
    expect(parseAmount('预算20-30万')?.maxMinor).toBe(30_000_000);
    expect(parseAmount('报价十七八万')?.maxMinor).toBe(18_000_000);
    expect(parseAmount('20多万')?.maxMinor).toBeUndefined();
  });
});

describe('parseAmount: refunds and negatives (zh)', () => {
  it.each<[string, number]>([
    ['退款500元', -50_000], ['负五百元', -50_000], ['-500元', -50_000], ['客户退了2万', -2_000_000], ['返还3000元', -300_000],
    ['退款 1.5万', -1_500_000],
  ])('%s', (text, minor) => {
    expect(parseAmount(text)?.minor).toBe(minor);
  });
});

describe('parseAmount: numbers that are not money (zh)', () => {
  it.each([
    '3点', '下午3点', '明天下午三点', '3点半', '20人', '二十个人', '15%', '百分之十五', '涨了15％', '2026年', '二〇二六年', '第2期', '第三期',
    '第二个', '13800138000', '手机 13912345678', '订单号 20260101', '编号12345', '3月5号', '十二月一日', '3个月', '三天', '两周',
    '5楼', '3层', '20万用户', '五千人', '10台', '3套', '打8折', '8折', '2倍', '30度', '一下', '报价一下', '千万不要忘了',
    '五角大楼', '三五天', '15:30', '12/1', 'Q3', '万一客户变卦', '几万块', '有几个客户',
  ])('ignores %j', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe("a year after a budget word stays a year", () => {
  it.each(["预算2026年要增加", "2027年预算还没定", "quote for 2027", "budget for 2026 is not approved yet"])("%s", (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});
