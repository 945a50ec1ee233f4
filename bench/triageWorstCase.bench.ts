/**
 * The slowest a triage suggestion gets on pathological emails (issue 15, point 5; target
 * ≤ 250 ms each on this machine): bodies of up to 1 MB made of long runs of blank lines,
 * spaces, one reference repeated, one word repeated, quoted lines, header-like lines and a
 * single unbroken line. Each email is triaged three times and its median kept; the worst of
 * those is the figure. Rules only, no model.
 *
 * Prints `triage.worstCase: N ms` (and each case on stderr).
 * Runs standalone (`npx tsx bench/triageWorstCase.bench.ts`) or under `bench/run.ts`.
 */
import { suggestTriage, type TriageEmail } from '../src/domain/triage';

const MB = 1_000_000;
const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length));
const email = (body: string, subject = 'Complaint'): TriageEmail => ({
  subject,
  from: { name: 'A Resident', address: 'resident@example.org' },
  to: 'complaints@example.gov.uk',
  receivedAt: '2026-03-02T09:00:00Z',
  body,
});

const CASES: Record<string, TriageEmail> = {
  'one sentence then 150,000 blank lines': email(`I want to complain.${'\n'.repeat(150_000)}`),
  '150,000 blank lines then a sentence': email(`${'\n'.repeat(150_000)}I want to complain.`),
  '1 MB of spaces': email(fill(' ')),
  '1 MB of spaces and tabs on blank lines': email(fill(' \t \n')),
  'one reference repeated 100,000 times': email(fill('CSC-2025-0147 ', 1_400_000)),
  'a labelled reference repeated': email(fill('ref: ABC/123/456 ', MB)),
  'one word repeated': email(fill('complaint ', MB)),
  'a harm word repeated': email(fill('he hit me again tonight ', MB)),
  'an unbroken line': email(fill('x')),
  'quoted lines': email(fill('> > > On Monday someone wrote: \n')),
  'header-like lines': email(fill('From: someone\nSent: today\n')),
  'councillor lines': email(fill('Cllr \n   \n')),
  'MP names': email(fill('Office of Sir Graham Tilney Smith Jones MP ')),
  'capital letters': email(fill('WHY ')),
  'punctuation runs': email(fill('!?.,;:-')),
  'a 1 MB subject': email('Hello', fill('complaint about ')),
};

const timeOf = (e: TriageEmail): number => {
  const start = performance.now();
  suggestTriage(e);
  return performance.now() - start;
};

suggestTriage(email('warm up')); // compile the patterns once
let worst = 0;
let worstName = '';
for (const [name, e] of Object.entries(CASES)) {
  const times = [timeOf(e), timeOf(e), timeOf(e)].sort((a, b) => a - b);
  const median = times[1] ?? 0;
  console.error(`  ${name}: ${median.toFixed(1)} ms`);
  if (median > worst) {
    worst = median;
    worstName = name;
  }
}
console.log(`triage.worstCase: ${Math.round(worst)} ms`);
console.error(`(worst: ${worstName}; target ≤ 250 ms)`);
