import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { commonOptions, parseCommandArgs, UsageError, type CommandIo } from '../command';
import { GraphRequestError } from '../../data/graph/errors';
import { casesList } from '../../data/lists';
import {
  clearCheckpoint,
  fingerprintOf,
  readCheckpoint,
  saveCheckpoint,
} from '../../data/import/checkpoint';
import { importFiles, planImport } from '../../data/import/importPlan';
import { existingKeys, listPaths, SiteNotProvisioned } from '../../data/import/listIds';
import { writeImport, zeroKindCounts } from '../../data/import/writeImport';
import { cliGraphClient, describeGraphFailure } from './provision';
import { progressReporter } from '../progressBar';

export const summary =
  'import a council’s history from CSV files (docs/import.md): DIR [--dry-run] [--partial] [--graph URL] [--site ID]';

const USAGE = `usage: feedback-desk import DIR [--dry-run] [--partial] [--graph URL] [--site ID]
Reads ${importFiles.map((f) => f.file).join(', ')} from DIR (any of them; formats in docs/import.md),
checks every row, and writes cases, stages, Ombudsman cases, costs, actions, demand figures,
refusals and the Ombudsman's annual figures to the site through $batch. Re-importing updates
the items already there (keyed by reference).
  --dry-run        check the files and count what would be created or updated; write nothing
  --partial        write the valid rows even when some rows are invalid (default: write nothing)
  --concurrency N  batches of 20 in flight at once (default 4)
An interrupted import resumes where it stopped when run again on the same files.
Prints JSON: {"imported":{...},"updated":{...},"resumed":{...},"errors":[{"file","row","column","message"}]}
Exit 0 when every row was written (or would be, with --dry-run), 1 when any row has an error.`;

const options = {
  ...commonOptions,
  'dry-run': { type: 'boolean', default: false },
  partial: { type: 'boolean', default: false },
  concurrency: { type: 'string', default: '4' },
} as const;

export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, options, true);
  if (values.help) {
    io.stderr(USAGE);
    return 0;
  }
  if (values.format !== 'json')
    throw new UsageError('--format must be json (the import prints JSON)');
  const dir = positionals[0];
  if (dir === undefined || positionals.length > 1) {
    throw new UsageError(
      'give one directory holding the CSV files, e.g. feedback-desk import ./history',
    );
  }
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
    throw new UsageError('--concurrency must be a whole number from 1 to 16');
  }
  const texts = readImportDir(dir, io);
  const client = cliGraphClient(values.graph);
  try {
    const paths = await listPaths(client, values.site, [casesList]);
    const stored = await existingKeys(client, paths.get('cases') as string, casesList.keyColumn);
    const plan = planImport(texts, new Set(stored.keys()));
    if (plan.errors.length > 0 && !values.partial) {
      io.stderr(
        `import: ${plan.errors.length} problem(s) found; nothing written (fix them, or use --partial)`,
      );
      io.stdout(
        JSON.stringify({
          imported: zeroKindCounts(),
          updated: zeroKindCounts(),
          errors: plan.errors,
        }),
      );
      return 1;
    }
    const fingerprint = fingerprintOf(texts);
    const target = `${values.graph} ${values.site}`;
    const checkpoint = values['dry-run'] ? undefined : readCheckpoint(dir, fingerprint, target);
    if (checkpoint) io.stderr('import: resuming an interrupted import of these files');
    const progress = progressReporter('import', io);
    const result = await writeImport(client, plan, {
      siteId: values.site,
      dryRun: values['dry-run'],
      concurrency,
      // The case keys were read above to plan the import; no need to read them twice.
      knownKeys: { cases: stored },
      ...(checkpoint ? { alreadyWritten: checkpoint.written } : {}),
      onProgress: (done, total, written) => {
        // Saved before the progress is shown, so what the bar shows is what a resume keeps.
        if (!values['dry-run']) saveCheckpoint(dir, { fingerprint, target, written });
        progress(done, total);
      },
    });
    const errors = [...plan.errors, ...result.errors];
    if (!values['dry-run'] && result.errors.length === 0) clearCheckpoint(dir);
    io.stdout(
      JSON.stringify({
        ...(values['dry-run'] ? { dryRun: true } : {}),
        imported: result.imported,
        updated: result.updated,
        resumed: result.resumed,
        errors,
      }),
    );
    return errors.length === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof SiteNotProvisioned) throw new UsageError(error.message);
    if (error instanceof GraphRequestError) {
      io.stderr(`feedback-desk import: ${describeGraphFailure(error, values.graph)}`);
      return 1;
    }
    throw error;
  }
}

/** The import files present in DIR, as text. Other files are mentioned and left alone. */
function readImportDir(dir: string, io: CommandIo): Map<string, string> {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`${dir} is not a directory`);
  const known = new Set<string>(importFiles.map((f) => f.file));
  const texts = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (known.has(name.toLowerCase())) {
      texts.set(name.toLowerCase(), readFileSync(join(dir, name), 'utf8'));
    } else if (name.toLowerCase().endsWith('.csv')) {
      io.stderr(`import: ignoring ${name} (not one of ${[...known].join(', ')})`);
    }
  }
  if (texts.size === 0) {
    throw new UsageError(`no import files in ${dir}: expected any of ${[...known].join(', ')}`);
  }
  return texts;
}
