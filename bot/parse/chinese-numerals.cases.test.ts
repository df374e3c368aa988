// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from 'vitest';
import { chineseToBigInt, parseChineseNumber, parseSmallInt } from './chinese-numerals.js';

describe('chineseToBigInt: everyday numerals', () => {
  it.each([
    ['零', 0n], ['〇', 0n], ['一', 1n], ['两', 2n], ['二', 2n], ['九', 9n],
    ['十', 10n], ['十一', 11n], ['一十一', 11n], ['十九', 19n], ['二十', 20n], ['九十九', 99n],
    ['一百', 100n], ['一百零一', 101n], ['一百零五', 105n], ['一百一十', 110n], ['一百十一', 111n], ['两百', 200n],
    ['九百九十九', 999n], ['一千', 1_000n], ['一千零一', 1_001n], ['一千零十', 1_010n], ['一千零一十', 1_010n],
    ['三千零二十', 3_020n], ['两千零二十六', 2_026n], ['一千一百', 1_100n], ['九千九百九十九', 9_999n],
    ['一万', 10_000n], ['一万零一', 10_001n], ['一万零一百', 10_100n], ['一万一千', 11_000n], ['十万', 100_000n],
    ['十万零一', 100_001n], ['十万八千', 108_000n], ['十万零八百', 100_800n], ['一百万', 1_000_000n],
    ['一百二十万', 1_200_000n], ['一千万', 10_000_000n], ['三千五百万', 35_000_000n], ['一亿', 100_000_000n],
    ['一亿零一', 100_000_001n], ['一亿二千万', 120_000_000n], ['一亿两千万', 120_000_000n], ['十亿', 1_000_000_000n],
    ['三百亿', 30_000_000_000n], ['一万亿', 1_000_000_000_000n], ['两千零一万', 20_010_000n],
    ['一亿零五百万', 105_000_000n], ['五万零五十', 50_050n], ['八千零八', 8_008n],
  ])('%s = %s', (text, value) => {
    expect(chineseToBigInt(text)).toBe(value);
  });
});

describe('chineseToBigInt: colloquial shortening', () => {
  it.each([
    ['三千五', 3_500n], ['两千六', 2_600n], ['一百五', 150n], ['一百二', 120n], ['两万五', 25_000n], ['三万五', 35_000n],
    ['十三万五', 135_000n], ['一百二十万三', 1_203_000n], ['一亿五', 150_000_000n], ['五千八', 5_800n], ['八百八', 880n],
    ['两万', 20_000n], ['俩', 2n], ['廿二', 22n], ['卅', 30n],
  ])('%s = %s', (text, value) => {
    expect(chineseToBigInt(text)).toBe(value);
  });
});

describe('chineseToBigInt: 大写 financial and traditional numerals', () => {
  it.each([
    ['壹', 1n], ['贰', 2n], ['貳', 2n], ['叁', 3n], ['參', 3n], ['肆', 4n], ['伍', 5n], ['陆', 6n], ['陸', 6n], ['柒', 7n], ['捌', 8n], ['玖', 9n],
    ['拾', 10n], ['拾壹', 11n], ['壹拾壹', 11n], ['壹佰', 100n], ['壹佰贰拾叁', 123n], ['壹仟', 1_000n], ['伍仟零伍', 5_005n],
    ['壹万', 10_000n], ['壹萬', 10_000n], ['贰拾万', 200_000n], ['壹佰萬', 1_000_000n], ['壹亿', 100_000_000n], ['壹億', 100_000_000n],
    ['叁仟肆佰伍拾陆', 3_456n], ['玖万玖仟玖佰玖拾玖', 99_999n], ['兩千', 2_000n], ['壹拾万零叁仟', 103_000n],
  ])('%s = %s', (text, value) => {
    expect(chineseToBigInt(text)).toBe(value);
  });
});

describe('chineseToBigInt: digits mixed with Chinese units', () => {
  it.each([
    ['1千2百', 1_200n], ['1万2', 12_000n], ['12万5', 125_000n], ['3千5', 3_500n], ['2.5万', 25_000n], ['1.5万', 15_000n],
    ['10.1万', 101_000n], ['36.57亿', 3_657_000_000n], ['100万', 1_000_000n], ['100万三千', 1_003_000n], ['1万600', 10_600n],
    ['1百01', 101n], ['200亿零四千230', 20_000_004_230n], ['5千万', 50_000_000n], ['8亿', 800_000_000n], ['1,200', 1_200n],
    ['2026', 2_026n], ['0', 0n],
    ['40k', 40_000n], ['2e5', 200_000n], ['-1e1', -10n], ['2^5', 32n], ['一打', 12n], ['半百', 50n], ['12,34,567', 1_234_567n],
  ])('%s = %s', (text, value) => {
    expect(chineseToBigInt(text)).toBe(value);
  });
});

describe('chineseToBigInt: signs, ordinals, digit strings', () => {
  it.each([
    ['负一', -1n], ['负十一', -11n], ['负一百零五', -105n], ['-10.1万', -101_000n], ['第三', 3n], ['第十二', 12n], ['第一百', 100n],
    ['一二三', 123n], ['一七二零', 1_720n], ['二〇二六', 2_026n], ['一一', 11n], ['十多万', 100_000n], ['一百多万', 1_000_000n],
  ])('%s = %s', (text, value) => {
    expect(chineseToBigInt(text)).toBe(value);
  });
});

describe('chineseToBigInt: not whole numbers or not numbers', () => {
  it.each([
    '', '千万', '万', '亿', '百', '十百', '百千', 'abc', '三点一四', '零点五', '负', '第', '万万', '万一', '十一十二',
    '元', '点五', '1..2万', '10.1万零100', '百分之', 'hello', '😀', '一a', '三个',
  ])('rejects %j', (text) => {
    expect(chineseToBigInt(text)).toBeNull();
  });
});

describe('parseChineseNumber: decimals, percentages, fractions, yuan', () => {
  it.each([
    ['三点一四', 3.14], ['零点五', 0.5], ['零点零一', 0.01], ['一百点一二三', 100.123], ['负零点五', -0.5], ['十二点五', 12.5],
    ['二点五万', 25_000], ['一点二亿', 120_000_000], ['3.14', 3.14], ['-2.5', -2.5], ['百分之十五', 0.15], ['百分之五十', 0.5],
    ['百分之一百', 1], ['三分之一', 1 / 3], ['二分之一', 0.5], ['四分之三', 0.75], ['一又二分之一', 1.5], ['负二分之一', -0.5],
    ['3/4', 0.75], ['1 1/2', 1.5], ['壹拾壹元整', 11], ['壹拾壹元壹角', 11.1], ['壹拾壹元壹角壹分', 11.11],
    ['123元1角1分', 123.11], ['五元三毛', 5.3], ['两块五', 2.5], ['5毛', 0.5], ['壹佰元正', 100], ['一打', 12], ['2e3', 2_000],
    ['40k', 40_000], ['十几万', 100_000], ['三千 五百', 3_500], ['四百 点 五', 400.5], ['一千分之五', 0.005],
  ])('%s = %s', (text, value) => {
    expect(parseChineseNumber(text)).toBeCloseTo(value, 10);
  });

  it.each(['', '点', '零点', '点零', '分之', '元整', '三分之', 'abc', '一点二点三'])('rejects %j', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

/** An independent writer of Chinese numerals, used as an oracle for round trips. */
const DIGIT = '零一二三四五六七八九';
function writeSection(n: number): string {
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out !== '') pendingZero = true;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGIT[d] + (units[i] as string);
  });
  return out;
}
function writeChinese(n: number): string {
  if (n === 0) return '零';
  const parts: string[] = [];
  const groups = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4];
  const bigUnits = ['亿', '万', ''];
  let needZero = false;
  groups.forEach((g, i) => {
    if (g === 0) {
      if (parts.length > 0) needZero = true;
      return;
    }
    const section = writeSection(g);
    const zero = parts.length > 0 && (needZero || g < 1000) && !section.startsWith('零') ? '零' : '';
    parts.push(zero + section + bigUnits[i]);
    needZero = false;
  });
  return parts.join('');
}

describe('chineseToBigInt round-trips numbers written in full', () => {
  const samples: number[] = [];
  // deterministic spread over all magnitudes, with zeros in awkward places
  let seed = 20261202;
  for (let i = 0; i < 120; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const magnitude = 10 ** (1 + (i % 11));
    let n = seed % magnitude;
    if (i % 3 === 0) n = Math.floor(n / 100) * 100 + (n % 7);
    samples.push(n);
  }
  it.each(samples.map((n) => [writeChinese(n), n] as const))('%s = %d', (text, n) => {
    expect(chineseToBigInt(text)).toBe(BigInt(n));
    expect(chineseToBigInt(`负${text}`)).toBe(-BigInt(n));
  });
});

describe('parseSmallInt stays small and strict', () => {
  it.each([
    ['12', 12], ['三十一', 31], ['十', 10], ['二十三', 23], ['两', 2], ['第五', 5],
  ])('%s = %d', (text, value) => {
    expect(parseSmallInt(text)).toBe(value);
  });
  it.each(['三五', '一亿', 'x', '负一'])('rejects %j', (text) => {
    expect(parseSmallInt(text)).toBeNull();
  });
});
