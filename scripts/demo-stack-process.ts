/**
 * The demo stack as a child process, for hosts whose module loader cannot run the app's
 * sources (Playwright's global setup): prints one line `FD_STACK {"webUrl",…}` when ready and
 * stops cleanly on SIGTERM/SIGINT.
 *   node --import tsx scripts/demo-stack-process.ts --data DIR [--seed-cases N] [--seed S]
 */
import { parseArgs } from 'node:util';
import { writeOutput } from '../src/cli/output';
import { createLogger, stderrSink } from '../src/log/logger';
import { demoUsers } from '../src/data/seed/demoPeople';
import { startDemoStack } from './demo-stack';

/** The stack's progress on stderr, redacted; stdout holds only the `FD_STACK` line. */
const log = createLogger({ scope: 'demo-stack-process', sink: stderrSink });
log.names.add(demoUsers.map((person) => person.name));

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    'seed-cases': { type: 'string', default: '60' },
    seed: { type: 'string', default: 'e2e' },
  },
});
if (!values.data) {
  log.error('--data DIR is required');
  process.exit(2);
}
const stack = await startDemoStack({
  dataDir: values.data,
  seedCases: Number(values['seed-cases']),
  seed: values.seed,
  log: (line) => log.info(line),
});
writeOutput(
  `FD_STACK ${JSON.stringify({ webUrl: stack.webUrl, emulatorUrl: stack.emulatorUrl, graphUrl: stack.graphUrl })}`,
);
const stop = async () => {
  await stack.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
