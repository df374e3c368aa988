// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from 'vitest';
import { parseAmount } from './parse-amount.js';

/** [sentence, minor units, currency] — English phrasings, symbols and codes before or after. */
const found: Array<[string, number, string]> = [
  ['$1.2M', 120_000_000, 'USD'], ['$1.2m', 120_000_000, 'USD'], ['USD 50k', 5_000_000, 'USD'], ['50k USD', 5_000_000, 'USD'],
  ['50K usd', 5_000_000, 'USD'], ['usd50k', 5_000_000, 'USD'], ['€3.5k', 350_000, 'EUR'], ['3.5k EUR', 350_000, 'EUR'],
  ['EUR 1,500', 150_000, 'EUR'], ['1,500 euros', 150_000, 'EUR'], ['£20k', 2_000_000, 'GBP'], ['20 pounds', 2_000, 'GBP'],
  ['GBP 350', 35_000, 'GBP'], ['1,200,000 RMB', 120_000_000, 'CNY'], ['RMB 1,200,000', 120_000_000, 'CNY'], ['CNY 80k', 8_000_000, 'CNY'],
  ['80,000 yuan', 8_000_000, 'CNY'], ['HK$500k', 50_000_000, 'HKD'], ['HKD 2m', 200_000_000, 'HKD'], ['C$ 16.4 million', 1_640_000_000, 'CAD'],
  ['A$300', 30_000, 'AUD'], ['S$ 1,000', 100_000, 'SGD'], ['NT$ 30,000', 3_000_000, 'TWD'], ['5000 JPY', 5_000, 'JPY'],
  ['¥5000 yen', 5_000, 'JPY'], ['CHF 200', 20_000, 'CHF'], ['₹ 5,000', 500_000, 'INR'], ['$ 75 million', 7_500_000_000, 'USD'],
  ['$48.2 million', 4_820_000_000, 'USD'], ['$2 billion', 200_000_000_000, 'USD'], ['$1.17 billion', 117_000_000_000, 'USD'],
  ['$94,000', 9_400_000, 'USD'], ['$4.25', 425, 'USD'], ['$63.45', 6_345, 'USD'], ['5 dollars', 500, 'USD'], ['10 bucks', 1_000, 'USD'],
  ['10 us dollars', 1_000, 'USD'], ['10 $', 1_000, 'USD'], ['100 €', 10_000, 'EUR'], ['two hundred thousand dollars', 20_000_000, 'USD'],
  ['a million dollars', 100_000_000, 'USD'], ['five hundred dollars', 50_000, 'USD'], ['twenty-five dollars', 2_500, 'USD'],
  ['thirteen dollars and forty-five cents', 1_345, 'USD'], ['3 dollars 50 cents', 350, 'USD'], ['15 dollars and 50 cents', 1_550, 'USD'],
  ['It costs 15 dollars 50.', 1_550, 'USD'], ['50 cents', 50, 'USD'], ['470 pence', 470, 'GBP'], ['three thousand euros', 300_000, 'EUR'],
  ['budget 200k', 20_000_000, 'USD'], ['budget: 1,234.56', 123_456, 'USD'], ['budget 200,000', 20_000_000, 'USD'],
  ['budget is about 150k', 15_000_000, 'USD'], ['deal worth 2.5M', 250_000_000, 'USD'], ['contract value 3mn', 300_000_000, 'USD'],
  ['quoted 80k', 8_000_000, 'USD'], ['priced at 12000', 1_200_000, 'USD'], ['total 45000', 4_500_000, 'USD'],
  ['budget half a million', 50_000_000, 'USD'], ['half a million', 50_000_000, 'USD'], ['budget two hundred thousand', 20_000_000, 'USD'],
  ['budget 200000', 20_000_000, 'USD'], ['1.5 million', 150_000_000, 'USD'], ['1.2 bn', 120_000_000_000, 'USD'], ['20w', 20_000_000, 'CNY'],
  ['met 3 people, 2 days ago, budget 150k', 15_000_000, 'USD'], ['3 licenses for $1,200 each, total budget $5k', 500_000, 'USD'],
  ['Budget for 2026 is 80k', 8_000_000, 'USD'], ['call at 3pm, they have $40k to spend', 4_000_000, 'USD'],
  ['meeting on 12/5 with 20 people, budget 75k', 7_500_000, 'USD'], ['called Acme, $120k deal, follow up Tuesday', 12_000_000, 'USD'],
  ['Acme wants 500 seats at $12 each, total $6,000', 600_000, 'USD'], ['10 rmb 20 usd', 1_000, 'CNY'],
  ['125 million australian dollars', 12_500_000_000, 'AUD'], ['323 million euros', 32_300_000_000, 'EUR'],
  ['They paid us $1,005.50 yesterday', 100_550, 'USD'], ['$1.005', 101, 'USD'], ['budget around 50~80k', 5_000_000, 'USD'],
];

describe('parseAmount: English amounts', () => {
  it.each(found)('%s', (text, minor, currency) => {
    const got = parseAmount(text);
    expect([got?.minor, got?.currency]).toEqual([minor, currency]);
  });
});

describe('parseAmount: the default currency applies only when the text names none', () => {
  it.each<[string, string, number, string]>([
    ['200k', 'CNY', 20_000_000, 'CNY'], ['budget 200000', 'EUR', 20_000_000, 'EUR'], ['$200k', 'CNY', 20_000_000, 'USD'],
    ['20万', 'USD', 20_000_000, 'USD'], ['50 euros', 'USD', 5_000, 'EUR'], ['price 5000', 'JPY', 5_000, 'JPY'],
  ])('%s with default %s', (text, fallback, minor, currency) => {
    const got = parseAmount(text, fallback);
    expect([got?.minor, got?.currency]).toEqual([minor, currency]);
  });
});

describe('parseAmount: refunds and negatives (en)', () => {
  it.each<[string, number]>([
    ['-$500', -50_000], ['$-500', -50_000], ['refund of $200', -20_000], ['refunded 1,500 USD', -150_000], ['minus 300 dollars', -30_000],
  ])('%s', (text, minor) => {
    expect(parseAmount(text)?.minor).toBe(minor);
  });
});

describe('parseAmount: numbers that are not money (en)', () => {
  it.each([
    '3pm', 'at 3 p.m.', '15:30', 'on 12/1', 'Q3', 'in 2026', 'met 3 people', '5k seats', '20 users', '3 weeks', '2 days ago',
    'the 3rd', '15%', '15 percent', 'room 301', 'ext 4021', 'call me at 138-0013-8000', '+86 138 0013 8000', 'order #12345',
    'No. 42', 'He has lost his pen 7 times since Monday.', 'All 70 of us.', 'I counted the dollars thousand of times.',
    'a', 'and', 'one of them', 'meet one more time', 'B2B', 'iPhone 15', 'version 2.5', 'asdfgh', '', '$$$', '3 x 4',
    'we are 2 hours late', 'ordered 20 pcs', 'ran 5 km', '8 units', '200000', '2026', 'met a hundred customers', 'one two three',
  ])('ignores %j', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});
