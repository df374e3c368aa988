// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from 'vitest';
import { parseAmount } from './parse-amount.js';

/** [sentence, minor units, ISO code] — currency names, symbols and codes on either side of the number. */
const named: Array<[string, number, string]> = [
  // ISO codes reps paste from invoices, glued or spaced, before or after
  ['invoice total 1,250 MYR', 125_000, 'MYR'], ['MYR1,250 paid', 125_000, 'MYR'], ['RM 880 per seat', 88_000, 'MYR'],
  ['they offered 99 ringgit', 9_900, 'MYR'], ['quote: 4,500 SAR', 450_000, 'SAR'], ['12000 saudi riyals', 1_200_000, 'SAR'],
  ['QAR 7,000 retainer', 700_000, 'QAR'], ['950 qatari riyals', 95_000, 'QAR'], ['ZAR 15k deal', 1_500_000, 'ZAR'],
  ['PLN 2,400', 240_000, 'PLN'], ['closed at 3,300 SEK', 330_000, 'SEK'], ['NOK 990', 99_000, 'NOK'], ['DKK 45,000', 4_500_000, 'DKK'],
  ['60 ILS', 6_000, 'ILS'], ['eighty shekels', 8_000, 'ILS'], ['UAH 1,200', 120_000, 'UAH'], ['300 hryvnias', 30_000, 'UAH'],
  ['BGN 75', 7_500, 'BGN'], ['5000 EGP', 500_000, 'EGP'], ['7 egyptian pounds', 700, 'EGP'], ['900 KWD', 90_000, 'KWD'],
  ['20 kuwaiti dinars', 2_000, 'KWD'], ['1,000 lebanese pounds', 100_000, 'LBP'], ['MNT 5,000', 500_000, 'MNT'], ['15 tugriks', 1_500, 'MNT'],
  ['30 iranian rials', 3_000, 'IRR'], ['12.5 BTC', 1_250, 'BTC'], ['two bitcoins', 200, 'BTC'], ['1,000 francs', 100_000, 'CHF'],
  ['50 Rs', 5_000, 'INR'], ['12 lakhs rupees', 120_000_000, 'INR'], ['3 crores rupees', 3_000_000_000, 'INR'],
  ['6.99US$', 699, 'USD'], ['42HK$', 4_200, 'HKD'], ['a dollar', 100, 'USD'], ['a euro', 100, 'EUR'], ['a pound fifty', 150, 'GBP'],
  // minor units follow the app's convention (cards/format.ts): two digits except JPY and KRW
  ['250,000 ₭', 25_000_000, 'LAK'], ['KWD 1.5', 150, 'KWD'],
  // a stray long number after an explicit currency word is an account or a phone, not part of the amount
  ['sent 40 euros 6222-0202-1234', 4_000, 'EUR'],
  // traditional characters and the Cantonese money words
  ['人民幣3.14', 314, 'CNY'], ['港幣48', 4_800, 'HKD'], ['3.5港幣', 350, 'HKD'], ['澳門幣20', 2_000, 'MOP'], ['MOP 120', 12_000, 'MOP'], ['80澳門元', 8_000, 'MOP'],
  ['新臺幣500', 50_000, 'TWD'], ['200歐元', 20_000, 'EUR'], ['三十英鎊', 3_000, 'GBP'], ['50盧布', 5_000, 'RUB'], ['1000韓元', 1_000, 'KRW'],
  ['卢布300', 30_000, 'RUB'], ['日元2000', 2_000, 'JPY'], ['美元15', 1_500, 'USD'], ['欧元8.5', 850, 'EUR'], ['英镑20', 2_000, 'GBP'],
  // finance style: the scale after the code; Egyptian L.E; Sri Lankan ரூ; historical guilders
  ['raised 40 USD million', 4_000_000_000, 'USD'], ['EUR 3 bn facility', 300_000_000_000, 'EUR'], ['L.E 250', 25_000, 'EGP'],
  ['75 l.e.', 7_500, 'EGP'], ['ரூ 1,500', 150_000, 'LKR'], ['10 million guilders', 1_000_000_000, 'NLG'], ['8 € 50', 850, 'EUR'],
  // a measure word between the number and 亿 or a currency word
  ['合同3个亿', 30_000_000_000, 'CNY'], ['华为那边大概五十个w', 50_000_000, 'CNY'], ['比亚迪的预算是5个w', 5_000_000, 'CNY'], ['预算八个万', 8_000_000, 'CNY'], ['对方预算两个多亿', 20_000_000_000, 'CNY'], ['买了5个比特币', 500, 'BTC'],
  ['呢個賣八十蚊', 8_000, 'HKD'], ['handed out 4 EUR20 vouchers', 2_000, 'EUR'], ['20 100 dollar bills', 10_000, 'USD'], ['十二蚊半', 1_250, 'HKD'], ['五蚊三毫', 530, 'HKD'], ['2000泰铢', 200_000, 'THB'],
];

describe('parseAmount: currency names, symbols and ISO codes', () => {
  it.each(named)('%s', (text, minor, currency) => {
    const got = parseAmount(text);
    expect([got?.minor, got?.currency]).toEqual([minor, currency]);
  });
});

describe('parseAmount: a Hong Kong price counted in 個, when the message is only that price', () => {
  it.each<[string, number]>([['三個半', 350], ['個二', 120], ['港幣兩個一毫五', 215], ['HK$ 十個半', 1_050]])('%s', (text, minor) => {
    expect(parseAmount(text)).toMatchObject({ minor, currency: 'HKD' });
  });
});

describe('parseAmount: words that only look like a currency code', () => {
  it.each([
    "let's try 3 options", 'PHP 8 upgrade', '20 AMD servers', 'CVE 2024', 'the 5 SVC accounts', '5个元素', '一百萬個用戶', '五個人', '三個蘋果', '個人', '八個', 'try 2 more times', 'TOP 10 accounts', 'ALL 5 stakeholders', 'gel 20 packs', 'sos 3 tickets',
    'the 3 of us', 'for 20 people', 'rm 301', 'le 12 mai', '5毫升', '3毫米', '两个人', '十个客户', '一对一沟通',
  ])('ignores %j', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});
