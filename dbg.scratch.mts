import { readFileSync } from 'node:fs';
import { HARMS } from './src/domain/triage/safeguardingLexicon';
import { readable } from './src/domain/triage/normalise';
const [file, id] = process.argv.slice(2);
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const e = JSON.parse(line);
  if (e.id !== id) continue;
  const t = readable(e.subject + '\n' + e.body, 100000).text;
  HARMS.forEach((h, i) => {
    for (const m of t.matchAll(new RegExp(h.pattern.source, 'g'))) console.log(i, h.kind, h.base, JSON.stringify(m[0]), h.unless ? 'unless=' + h.unless.test(t.slice(Math.max(0, m.index! - 150), m.index! + 150)) : '');
  });
}
