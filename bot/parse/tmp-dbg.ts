import { clauseTense, plannedBefore } from './clause-tense.js';
import { inferActivityIntent } from './infer-activity.js';
for (const s of process.argv.slice(2)) console.log(s, clauseTense(s), plannedBefore(s), JSON.stringify(inferActivityIntent(s).mentions));
