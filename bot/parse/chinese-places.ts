import { createRequire } from "node:module";

/** china-area-data's table: "86" → province codes → names, each province code → its cities, each city → districts. */
type AreaTable = Record<string, Record<string, string>>;

/** The administrative tail of a name: 深圳市 is also said 深圳, 广东省 广东, 广西壮族自治区 广西 (阿里地区 is not 阿里). */
const ADMIN_SUFFIX = /(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/u;
/** Rows that are no place anyone names: "市辖区", "省直辖县级行政区划", "县". */
const NOT_A_PLACE = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u;

const PLACE_THEN_VERB = /^(?:飞|去|到|回)?(\p{Script=Han}{2,4}?)(?:见|拜访|拜会|找|看望|开会见?)(?<rest>\p{Script=Han}.*)$/u;

let places: Set<string> | null = null;

/** Provinces and cities of China, full and short ("深圳市", "深圳"), read from china-area-data at first use. */
function load(): Set<string> {
  if (places) return places;
  const table = createRequire(import.meta.url)("china-area-data/data.json") as AreaTable;
  const names = new Set<string>();
  const add = (full: string) => {
    if (NOT_A_PLACE.test(full)) return;
    names.add(full);
    const short = full.replace(ADMIN_SUFFIX, "");
    if (short.length >= 2) names.add(short);
  };
  for (const [province, name] of Object.entries(table["86"] ?? {})) {
    add(name);
    for (const city of Object.values(table[province] ?? {})) add(city);
  }
  places = names;
  return names;
}

/** "深圳", "上海市", "广东": a province or city is where the rep went, never the customer's name. */
export function isChinesePlace(name: string): boolean {
  return load().has(name.trim());
}

/**
 * "上海见新华集团", "飞成都见比亚迪": a name slot that opened on the city travelled to, then the verb; the
 * customer is what follows the verb (null when the slot does not open so).
 */
export function afterPlaceAndVerb(name: string): string | null {
  const m = PLACE_THEN_VERB.exec(name);
  return m?.[1] && m.groups?.rest && isChinesePlace(m[1]) ? m.groups.rest : null;
}
