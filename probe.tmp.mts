import { parseDates } from './bot/parse/parse-dates.js';
const now = new Date('2026-11-25T10:00:00+08:00');
const fmt = (d: Date, tz: string) => new Intl.DateTimeFormat('sv-SE', {timeZone: tz, year:'numeric',month:'2-digit',day:'2-digit',hour:'2-digit',minute:'2-digit', weekday:'short'}).format(d);
const tz = process.argv[2] ?? 'Asia/Shanghai';
for (const t of ["明天","后天","下周二","下星期三","周五","本周五","月底","下个月初","3月5号","12月1日","明天下午3点","下午两点半","32号","2月30日","13月","周二","下下周一","周二下午","明天 3pm","5号","20号","下个月5号","下周","周末","下周末","3小时后","3天后","昨天","上周五","明天上午","next Tuesday","tomorrow 3pm","Tuesday","yesterday","next friday 3pm","Tuesday 10am","last Friday","March 5","Feb 30","the 32nd","end of month","early next month","end of the week","next week","this afternoon","tomorrow morning","2/30","12/1","called Acme, they want a quote next Tuesday, budget 200k","met Li Lei at Foo Ltd tomorrow 3pm","跟华为的张总通了电话，下周二给报价，预算20万","3点半","今天","in 2 hours","sun is out","周三下午4点","下个月","3月","年底","2月29日","Wednesday","12月32号","下周五下午3点","today","11月20日拜访了腾讯"]) {
  const r = parseDates(t, { now, timezone: tz });
  console.log(t.padEnd(30), '| F:', r.followUp ? `${fmt(r.followUp.at, tz)} ${r.followUp.hasTime?'T':'-'} "${r.followUp.text}"` : '-', '| O:', r.occurredAt ? `${fmt(r.occurredAt.at, tz)} "${r.occurredAt.text}"` : '-', r.problems.length ? JSON.stringify(r.problems) : '');
}
