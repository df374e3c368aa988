import { parseSentence } from './bot/parse/parse-sentence.js';
const now = new Date('2026-11-25T10:00:00+08:00');
for (const t of ['tomorrow 3pm','called Acme, follow up March 20 at 10am','明天下午3点','next Tuesday','yesterday','周二','今天下午5点']) {
  const r = parseSentence(t, { now, timezone: 'America/New_York' });
  console.log(t, r.followUp?.at.toISOString(), r.occurredAt?.at.toISOString());
}
// late night edge in Shanghai: 23:30 local
const late = new Date('2026-11-25T23:30:00+08:00');
for (const t of ['明天','tomorrow','下周二','3小时后']) {
  const r = parseSentence(t, { now: late, timezone: 'Asia/Shanghai' });
  console.log('late', t, r.followUp?.at.toISOString());
}
