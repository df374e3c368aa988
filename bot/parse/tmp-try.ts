import { inferActivityIntent } from './infer-activity.js';
import { segment } from './segment-zh.js';
for (const s of process.argv.slice(2)) { const r = inferActivityIntent(s); console.log(s, segment(s).map(t=>t.word).join('|'), '=>', r.activity, r.planned ? 'PLANNED' : '', r.mentions.map(m=>`${m.kind}:${m.text}${m.planned?'*':''}`).join(' ')); }
