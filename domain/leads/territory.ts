import { areaList } from "@vant/area-data";
import { pinyin } from "pinyin-pro";

/**
 * Whether a rep's territory covers a lead's region or industry. Chinese sales teams split the
 * country by province and by the seven big areas (华东, 华南…): a rep covering 华东 gets a lead from
 * 杭州 (浙江, in 华东); a rep covering 广东 gets one from 深圳. Provinces and cities come from the
 * national division table (@vant/area-data, GB/T 2260 codes: a city's first two digits are its
 * province's). Anything else (West Coast, EMEA, 制造业) matches by its words, in any case and with
 * or without a province's suffix or pinyin ("Guangdong" = 广东).
 */

const AREAS: Record<string, string[]> = {
  华北: ["北京", "天津", "河北", "山西", "内蒙古"],
  东北: ["辽宁", "吉林", "黑龙江"],
  华东: ["上海", "江苏", "浙江", "安徽", "福建", "江西", "山东"],
  华中: ["河南", "湖北", "湖南"],
  华南: ["广东", "广西", "海南"],
  西南: ["重庆", "四川", "贵州", "云南", "西藏"],
  西北: ["陕西", "甘肃", "青海", "宁夏", "新疆"],
  港澳台: ["香港", "澳门", "台湾"],
};

const SUFFIXES = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟)$/u;

/** "广东省" → "广东", "内蒙古自治区" → "内蒙古", "深圳市" → "深圳"; a name that would be cut to one character stays. */
export function shortPlaceName(name: string): string {
  const cut = name.replace(SUFFIXES, "");
  return cut.length >= 2 ? cut : name;
}

interface Place {
  /** The place's own short name (深圳), its province's (广东) and the big area's (华南). */
  name: string;
  province: string;
}

let placeTable: Map<string, Place> | undefined;

/**
 * Every province and city by its short name and its pinyin ("深圳", "shenzhen"). Built at the first
 * look-up, not at start: ~17 MB resident (the pinyin of every city) that a process which never
 * routes a lead (an import, most of an idle app's life) does not need.
 */
function places(): Map<string, Place> {
  placeTable ??= buildPlaces();
  return placeTable;
}

function buildPlaces(): Map<string, Place> {
  const map = new Map<string, Place>();
  const provinces = new Map<string, string>();
  for (const [code, name] of Object.entries(areaList.province_list)) provinces.set(code.slice(0, 2), shortPlaceName(name));
  const add = (name: string, province: string) => {
    const short = shortPlaceName(name);
    for (const k of [short, spell(short)]) if (!map.has(k)) map.set(k, { name: short, province });
  };
  for (const province of provinces.values()) add(province, province);
  for (const [code, name] of Object.entries(areaList.city_list)) {
    const province = provinces.get(code.slice(0, 2));
    if (province) add(name, province);
  }
  return map;
}

const AREA_OF: Map<string, string> = new Map(Object.entries(AREAS).flatMap(([area, provinces]) => provinces.map((p): [string, string] => [p, area])));

function spell(text: string): string {
  return /\p{Script=Han}/u.test(text) ? pinyin(text, { toneType: "none", type: "array" }).join("") : text;
}

/** A label compared without case, spaces or dashes ("West Coast" = "west-coast"). */
function plain(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/gu, "");
}

/** English names of the big areas and places pinyin does not give ("Hong Kong" is not xianggang). */
const ALIASES: Record<string, string> = {
  northchina: "华北",
  northeastchina: "东北",
  eastchina: "华东",
  centralchina: "华中",
  southchina: "华南",
  southwestchina: "西南",
  northwestchina: "西北",
  hongkong: "香港",
  macau: "澳门",
  macao: "澳门",
};

let hanPlaces: Set<string> | undefined;

/**
 * "杭州海康威视" → "海康威视", "浙江杭州海康" → "海康": the name without the province and city it
 * starts with, or null when it starts with none (or would keep fewer than two characters). Reads the
 * Chinese names only: the pinyin of every city (places()) is ~17 MB this needs none of.
 */
export function withoutLeadingPlace(name: string): string | null {
  hanPlaces ??= new Set([...Object.values(areaList.province_list), ...Object.values(areaList.city_list)].map(shortPlaceName));
  let rest = name;
  for (let round = 0; round < 2; round++) {
    let cut = 0;
    for (let n = Math.min(4, rest.length - 2); n >= 2; n--) {
      if (hanPlaces.has(rest.slice(0, n))) {
        cut = n;
        break;
      }
    }
    if (cut === 0) break;
    rest = rest.slice(cut).replace(/^(?:省|市)/u, "");
  }
  return rest !== name && rest.length >= 2 ? rest : null;
}

function placeNamed(text: string, strict = false): Place | undefined {
  const k = plain(text);
  const table = places();
  return table.get(k) ?? table.get(shortPlaceName(k)) ?? table.get(ALIASES[k] ?? "") ?? placeInAddress(k, strict);
}

const ADDRESS_PART = /^(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟)/u;

/**
 * The narrowest province or city an address starts with: 浙江省杭州市 → 杭州, 深圳南山区 → 深圳,
 * 广东省深圳市福田区… → 深圳. Only from its start, so 阿里巴巴 or 上海汽车 inside a name are not places.
 */
function placeInAddress(text: string, strict: boolean): Place | undefined {
  let at = 0;
  let found: Place | undefined;
  const table = places();
  for (;;) {
    let best: string | undefined;
    for (let end = Math.min(text.length, at + 8); end >= at + 2; end--) {
      if (table.has(text.slice(at, end)) && /\p{Script=Han}/u.test(text.slice(at, end))) {
        best = text.slice(at, end);
        break;
      }
    }
    if (!best) break;
    const place = table.get(best)!;
    // A city of another province after the first is no part of this address.
    if (found && place.province !== found.province) break;
    found = place;
    at += best.length;
    at += ADDRESS_PART.exec(text.slice(at))?.[0].length ?? 0;
  }
  // "上海汽车": a place followed by more than an address part is a name, not an address. Loosely (a
  // region field), two places in a row are an address whatever follows; strictly (a piece of a
  // lead's text, which may be a company: 广东深圳科技有限公司) only an address part may follow.
  const rest = text.slice(at);
  const addressLike = rest === "" || /^[\p{Script=Han}]{1,6}(?:区|县|镇|街道|路|街|大道|新区|开发区)/u.test(rest);
  return found && (addressLike || (!strict && at > 2)) ? found : undefined;
}

/** The places a region name stands for, narrowest first: 深圳 → [深圳, 广东, 华南]; other labels → [label]. */
export function placesOf(region: string): string[] {
  const alias = ALIASES[plain(region)];
  if (alias && AREAS[alias]) return [alias];
  const place = placeNamed(region);
  if (!place) return [plain(region)];
  const area = AREA_OF.get(place.province);
  return [...new Set([place.name, place.province, ...(area ? [area] : [])])];
}

/** A territory entry covers a lead's region when it names the same place or a wider one that holds it. */
export function regionCovered(territory: readonly string[], region: string | null | undefined): boolean {
  if (!region?.trim()) return false;
  const places = placesOf(region);
  return territory.some((entry) => entry.trim() !== "" && places.includes(placesOf(entry)[0]!));
}

/**
 * An industry matches by its words: Chinese inside a longer name ("汽车" covers "新能源汽车", "制造"
 * covers "制造业"), Latin as whole words in any case ("IT" covers "IT services", not "Digital").
 */
export function industryCovered(territory: readonly string[], industry: string | null | undefined): boolean {
  if (!industry?.trim()) return false;
  const wanted = industry.trim().toLowerCase().replace(/业$/u, "");
  return territory.some((entry) => {
    const have = entry.trim().toLowerCase().replace(/业$/u, "");
    if (!have) return false;
    if (/\p{Script=Han}/u.test(have)) return wanted.includes(have);
    const escaped = have.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s_-]+/gu, "[\\s_-]+");
    // A Latin word ends where a letter of another script starts: "IT" covers "IT服务".
    return new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, "u").test(wanted);
  });
}

const REGION_LABEL = /^(?:地区|区域|城市|省份|所在地|region|city|location|area)\s*[:：]\s*|^(?:地区|区域|城市|省份|所在地)\s+/iu;
const PLACE_LEAD_IN = /^(?:在|来自|位于|地处)\s*|^(?:based in|located in|from|in)\s+/iu;

/**
 * The region one piece of a lead's text (between commas) names: a province or city ("北京",
 * "来自杭州", "Shenzhen") or a labelled value ("地区：华东", "region: West"). A place inside another
 * word is not one: 阿里巴巴 is no lead from 阿里 (Tibet), 上海汽车 is a company.
 */
export function regionOfPiece(piece: string): string | null {
  const text = piece.trim();
  const labelled = REGION_LABEL.exec(text);
  const rest = text
    .slice(labelled?.[0].length ?? 0)
    .replace(PLACE_LEAD_IN, "")
    .replace(/(?:的客户|客户|人)$/u, "")
    .trim();
  if (!rest) return null;
  if (labelled) return labelledValue(rest);
  const alias = ALIASES[plain(rest)];
  return placeNamed(rest, true)?.name ?? (AREAS[rest] ? rest : alias && AREAS[alias] ? alias : null);
}

const INDUSTRY_LABEL = /^(?:行业|所属行业|industry|sector)\s*[:：]\s*|^(?:所属行业|行业)\s+/iu;

/** The industry one piece of a lead's text names with a label ("行业：制造", "industry: retail"). */
export function industryOfPiece(piece: string): string | null {
  const labelled = INDUSTRY_LABEL.exec(piece.trim());
  const rest = labelled ? piece.trim().slice(labelled[0].length).trim() : "";
  return rest ? labelledValue(rest) : null;
}

/** A labelled Chinese value ends at the first space ("地区：华东 周总" → 华东); a Latin one may have spaces ("West Coast"). */
function labelledValue(rest: string): string {
  return (/^\p{Script=Han}/u.test(rest) ? rest.split(/\s+/u)[0]! : rest).slice(0, 100);
}

/** Whether a piece starts with a region or industry label (its value is then only part of it). */
export function startsWithLabel(piece: string): boolean {
  return REGION_LABEL.test(piece.trim()) || INDUSTRY_LABEL.test(piece.trim());
}
