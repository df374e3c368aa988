/**
 * "美的集团12月3号下午要来我们公司", "Globex is coming to our office Thursday": the customer comes to us.
 * Planned, it is a visit we host ("华为来访", not "拜访华为", which would send the rep out); held, it is
 * logged as a meeting (inferActivityIntent).
 */
const COMES_TO_US =
  /来[过了]?(?:我们|咱们|我)?(?:公司|我司|这边|办公室|总部|展厅|工厂|参观|考察)|到(?:我们|咱们)(?:公司|这边|办公室|总部|展厅|工厂)|\b(?:coming|come|comes|came|visit(?:ed|ing|s)?|drop(?:ped|ping)?\s+by|stop(?:ped|ping)?\s+by|(?:swing(?:ing)?|swung)\s+by)\s+(?:in\s+|over\s+|by\s+)?(?:to\s+)?(?:our\s+(?:[\w-]+\s+)?(?:office|offices|hq|headquarters|showroom|site|plant|factory|booth|stand)|us)\b|\b(?:at|in)\s+our\s+(?:[\w-]+\s+)?(?:office|offices|hq|headquarters|showroom|plant|factory|campus)\b|\b(?:came|come|comes|coming|dropped|stopped|swung)\s+(?:in\s+|over\s+)?(?:by|to|into)\s+the\s+office\b(?!\s+of\b)/iu;

export function visitsUs(text: string): boolean {
  return COMES_TO_US.test(text);
}
