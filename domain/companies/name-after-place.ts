import { withoutLeadingPlace } from "../leads/territory.js";

/** Words that follow a city in many names (北京银行, 上海汽车): written alone they name no one company. */
export const GENERIC_AFTER_PLACE =
  /^(?:银行|农商行|汽车|科技|集团|公司|电子|医院|大学|学院|学校|证券|保险|地产|物流|电力|电信|移动|联通|能源|化工|钢铁|建设|建工|交通|水务|燃气|机场|地铁|公交|港务|城投|国资|日报|电视台)$/u;

/**
 * "杭州海康威视" → "海康威视": the name after the city or province it starts with, as people write it;
 * null when no place leads it or what is left names no one company (北京银行 → 银行).
 */
export function distinctiveNameAfterPlace(name: string): string | null {
  const rest = withoutLeadingPlace(name);
  return rest !== null && !GENERIC_AFTER_PLACE.test(rest) ? rest : null;
}
