import { commonOptions, parseCommandArgs, UsageError, type CommandIo } from '../command';
import { GraphRequestError } from '../../data/graph/errors';
import { generateDemoData } from '../../data/seed/generateDemoData';
import { writeDemoData } from '../../data/seed/writeDemoData';
import { isIsoDate } from '../../domain/primitives/brand';
import { cliGraphClient, describeGraphFailure } from './provision';
import { nonDemoData, recordDemoRun } from '../../data/seed/demoMarker';
import { seedRefusal } from './seedTarget';

export const summary =
  'fictitious demo data, deterministic for a seed: [--cases N] [--seed S] [--today YYYY-MM-DD]';

const USAGE = `usage: feedback-desk seed [--cases N] [--seed S] [--today YYYY-MM-DD] [--graph URL] [--site ID] [--force]
Writes fictitious demo data (default 600 cases from 1 April two financial years ago to today)
into provisioned lists. Refuses (exit 2) a Graph address that is not the emulator on this
machine, and a site holding cases or settings that seed did not write, unless --force is
given. The same seed gives the same data; seeding twice adds nothing.
Prints JSON: {"cases":N,"created":{list:n},"existing":{list:n},"errors":[...],"ms":N}.`;

const options = {
  ...commonOptions,
  cases: { type: 'string', default: '600' },
  seed: { type: 'string', default: 'feedback-desk' },
  today: { type: 'string' },
  force: { type: 'boolean', default: false },
} as const;

export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs(argv, options);
  if (values.help) {
    io.stderr(USAGE);
    return 0;
  }
  const cases = Number(values.cases);
  if (!Number.isInteger(cases) || cases < 0 || cases > 200_000)
    throw new UsageError(`--cases must be a whole number from 0 to 200000 (got "${values.cases}")`);
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(today))
    throw new UsageError(`--today must be a date written YYYY-MM-DD (got "${today}")`);
  const client = cliGraphClient(values.graph);
  const refusal = seedRefusal(values.graph, values.force);
  if (refusal !== undefined) {
    io.stderr(`feedback-desk seed: ${refusal}`);
    return 2;
  }
  const started = Date.now();
  try {
    const theirs = values.force ? undefined : await nonDemoData(client, values.site);
    if (theirs !== undefined) {
      io.stderr(
        `feedback-desk seed: refusing to add fictitious demo cases: ${theirs}. ` +
          `Demo cases would count in its figures. Seed an empty site, or add --force if this site is a test site.`,
      );
      return 2;
    }
    // Recorded before any item, so a seed stopped half-way still counts as demo data.
    await recordDemoRun(client, values.site, { seed: values.seed, cases, today });
    const data = generateDemoData({ cases, seed: values.seed, today });
    io.stderr(`seed: generated ${data.cases.length} cases in ${Date.now() - started} ms; writing…`);
    const report = await writeDemoData(client, values.site, data, {
      log: (line) => io.stderr(line),
    });
    io.stdout(JSON.stringify({ cases: data.cases.length, ...report, ms: Date.now() - started }));
    return report.errors.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof GraphRequestError) {
      io.stderr(`feedback-desk seed: ${describeGraphFailure(error, values.graph)}`);
      return 1;
    }
    throw error;
  }
}
