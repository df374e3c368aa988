import { parseSentence } from './parse-sentence.js';
import { detectQuestion } from './detect-question.js';
import { localStamp } from './test-support.js';
const now = new Date('2026-11-25T02:00:00Z');
for (const s of process.argv.slice(2)) {
  const q = detectQuestion(s);
  const p = parseSentence(s, { now, timezone: 'Asia/Shanghai' });
  console.log(s, '=>', q ? `Q:${JSON.stringify(q)}` : `${p.activity}${p.planned ? ' PLANNED' : ''} fu=${p.followUp ? localStamp(p.followUp.at, 'Asia/Shanghai') : '-'}`);
}
