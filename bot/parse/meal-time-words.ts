/**
 * "周五吃完午饭去拜访阿里", "明天晚饭后给华为打电话", "call Acme after dinner": the meal only says
 * when; the activity is the visit or the call. Blanked (same length) before the activity is read,
 * so 吃饭 / dinner do not make it a meeting. "跟华为吃完饭" (the meal was the meeting) stays.
 */
const MEAL_TIME =
  /(?:吃完)?[早午晚]饭(?:后|前|时|以后|之后)|吃完[早午晚]?饭(?=后|以后|之后|去)|\b(?:after|before)\s+(?:breakfast|lunch|dinner|supper)\b|\b(?:breakfast|lunch|dinner|supper)time\b/giu;

export function blankMealTimes(text: string): string {
  return text.replace(MEAL_TIME, (m) => " ".repeat(m.length));
}
