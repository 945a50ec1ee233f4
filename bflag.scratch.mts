import { readFileSync, readdirSync } from 'node:fs';
import { suggestTriage } from './src/domain/triage/suggestTriage';
const want = new Set(process.argv.slice(2));
for (const dir of ['unseen2', 'unseen5']) {
  const base = `test/fixtures/triage/${dir}`;
  for (const f of readdirSync(base).filter((n) => n.endsWith('.jsonl'))) {
    for (const line of readFileSync(`${base}/${f}`, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const e = JSON.parse(line);
      if (want.has(e.id)) console.log(e.id, suggestTriage(e).safeguarding);
    }
  }
}
