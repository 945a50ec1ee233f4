import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSite, type SeedReport, type SeedSite } from './seeds/seedSite';

/**
 * The adults' agreed response period (2009 regulations): the date agreed with the complainant
 * is imported with `stage1_agreed_response`, kept in the Stages list, and the adults' report
 * counts the responses given in the year on or before it ("responded within the agreed
 * period: n of m"), beside the six-month measure. Cases written from the rule, not the code.
 */
const header =
  'reference,type,procedure,received,stage1_responded,stage1_agreed_response,outcome,closed';
const cases = [
  // Answered on the agreed date: within.
  'ASC-A,complaint,adults_statutory,2025-05-01,2025-06-30,2025-06-30,upheld,2025-06-30',
  // Answered the day after the agreed date: not within.
  'ASC-B,complaint,adults_statutory,2025-05-02,2025-06-16,2025-06-15,not_upheld,2025-06-16',
  // Answered well before it: within.
  'ASC-C,complaint,adults_statutory,2025-05-06,2025-07-01,2025-07-31,partly_upheld,2025-07-01',
  // No agreed date recorded: a response, but not in the agreed-period count.
  'ASC-D,complaint,adults_statutory,2025-05-07,2025-06-02,,not_upheld,2025-06-02',
  // Received in 2024-25, answered in 2025-26 on time: counted in the year of the response.
  'ASC-E,complaint,adults_statutory,2025-03-03,2025-04-10,2025-04-30,upheld,2025-04-10',
  // Agreed but not yet answered: not counted.
  'ASC-F,complaint,adults_statutory,2025-09-01,,2025-10-01,,',
];

let site: SeedSite;
let work: string;
let report: SeedReport;
let markdown: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'agreed-period-'));
  const files = join(work, 'files');
  mkdirSync(files);
  writeFileSync(join(files, 'cases.csv'), `${[header, ...cases].join('\n')}\n`);
  site = await seedSite(pathToFileURL(`${files}/`));
  report = await site.reportJson('2025-26', 'adults_statutory');
  markdown = await site.reportMarkdown('2025-26', 'adults_statutory');
}, 120_000);
afterAll(async () => {
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the adults’ agreed response period', () => {
  it('counts the responses given within the period agreed with the complainant', () => {
    expect(report.adults).toMatchObject({
      responded: 5,
      withAgreedPeriod: 4,
      withinAgreedPeriod: 3,
      percentWithinAgreedPeriod: 75,
    });
    expect(report.previous.adults).toMatchObject({ responded: 0, withAgreedPeriod: 0 });
  });

  it('says so in the document, and how many responses had no agreed date', () => {
    expect(markdown).toContain(
      'Responded within the agreed period: 3 of 4 (75%); 1 response has no agreed date recorded.',
    );
    expect(markdown).not.toContain('No response date agreed with a complainant was recorded');
    // Beside last year (none agreed then), in a table, and among the key messages.
    expect(markdown).toContain('| By the agreed date | 0 | 3 | +3 |');
    expect(markdown).toContain('| After the agreed date | 0 | 1 | +1 |');
    expect(markdown).toContain('- 75% of responses with an agreed date were given by that date.');
  });
});
