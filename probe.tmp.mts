import { parseSentence } from './bot/parse/parse-sentence.js';
const now = new Date('2026-11-25T10:00:00+08:00');
const fmt = (d: Date, tz: string) => new Intl.DateTimeFormat('sv-SE', {timeZone: tz, year:'numeric',month:'2-digit',day:'2-digit',hour:'2-digit',minute:'2-digit'}).format(d);
const tz='Asia/Shanghai';
import { readFileSync } from "node:fs";
const lines = readFileSync('/tmp/sentences.txt','utf8').split('\n').filter(Boolean);
for (const t of lines) {
  const r = parseSentence(t, { now, timezone: tz });
  console.log(`${t}\n   act=${r.activity} co=${JSON.stringify(r.companyHints)} ct=${JSON.stringify(r.contactHints)} F=${r.followUp ? fmt(r.followUp.at,tz)+(r.followUp.hasTime?'T':'')+'"'+r.followUp.text+'"' : '-'} O=${r.occurredAt ? fmt(r.occurredAt.at,tz)+'"'+r.occurredAt.text+'"' : '-'} amt=${r.amount ? r.amount.minor+' '+r.amount.currency+' "'+r.amount.text+'"' : '-'} stage=${r.stageHint} q=${r.wantsQuote} ${r.problems.length?JSON.stringify(r.problems):''}`);
}
