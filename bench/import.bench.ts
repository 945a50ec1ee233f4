/**
 * Import throughput into the Graph emulator (issue 6; target: 100,000 case rows in under
 * 5 minutes on the 2-core machine). Generates a fictitious history of ROWS cases (default
 * 20,000; set BENCH_IMPORT_ROWS=100000 for the full run), provisions a fresh site and runs the
 * real `import` command over HTTP and JSON `$batch`. Each case row writes two items (the case
 * and its Stage 1) and one in ten a third (Stage 2).
 *
 * The emulator runs in its own process, as `npm run emulator` and `feedback-desk import` do
 * (so client and emulator each have a core); BENCH_IMPORT_EMULATOR=inprocess runs it inside
 * this process instead, sharing one thread with the client. CPU time (client + emulator) is
 * what the import costs whatever else runs; wall-clock time grows with the load average.
 *   npx tsx bench/import.bench.ts
 *   → import.rowsPerSecond: 1200 rows/s
 *   → import.projected100k: 85 s (wall clock)
 *   → import.projected100k.cpu: 65 s (CPU time of client and emulator)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../emulator/server';
import { main } from '../src/cli/main';
import { generateCasesCsv } from '../test/fixtures/import/generateHistory';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const IN_PROCESS = process.env.BENCH_IMPORT_EMULATOR === 'inprocess';
const EMULATOR_MAIN = new URL('../emulator/main.ts', import.meta.url);

interface Emulator {
  readonly graphUrl: string;
  /** CPU seconds the emulator used so far, when it runs in its own process. */
  cpuSeconds(): number;
  close(): Promise<void>;
}

/** User + system CPU seconds of a process, from /proc (Linux; clock ticks of 1/100 s). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function emulatorProcess(dataDir: string): Promise<Emulator> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(EMULATOR_MAIN), '--port', '0', '--data', dataDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const graphUrl = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const url = /Graph base URL (\S+),/.exec(seen)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`the emulator exited (${code}): ${seen}`)));
  });
  const pid = child.pid as number;
  return {
    graphUrl,
    cpuSeconds: () => cpuSecondsOf(pid),
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function emulatorInProcess(dataDir: string): Promise<Emulator> {
  const emulator = await startEmulator({ port: 0, dataDir });
  return { graphUrl: emulator.graphUrl, cpuSeconds: () => 0, close: () => emulator.close() };
}

const work = mkdtempSync(join(tmpdir(), 'import-bench-'));
const emulator = await (IN_PROCESS ? emulatorInProcess : emulatorProcess)(join(work, 'emulator'));
try {
  const files = join(work, 'files');
  mkdirSync(files);
  writeFileSync(join(files, 'cases.csv'), generateCasesCsv(ROWS, 42));
  const quiet = { stdout: () => {}, stderr: () => {} };
  if ((await main(['provision', '--graph', emulator.graphUrl], quiet)) !== 0)
    throw new Error('provision failed');
  let output = '';
  const cpuStart = process.cpuUsage();
  const emulatorCpuStart = emulator.cpuSeconds();
  const started = performance.now();
  let lastError = '';
  const code = await main(['import', files, '--graph', emulator.graphUrl], {
    stdout: (text) => (output += text),
    stderr: (text) => (lastError = text),
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const clientCpu = (cpu.user + cpu.system) / 1e6;
  const emulatorCpu = emulator.cpuSeconds() - emulatorCpuStart;
  const cpuSeconds = clientCpu + emulatorCpu;
  if (code !== 0)
    throw new Error(`import failed: ${output.slice(0, 500)} ${lastError.slice(0, 500)}`);
  const result = JSON.parse(output) as { imported: Record<string, number> };
  const items = Object.values(result.imported).reduce((a, b) => a + b, 0);
  const per100k = (value: number) => Math.round((100_000 / ROWS) * value);
  console.log(`import.rows: ${ROWS} rows (${items} items written)`);
  console.log(`import.emulator: ${IN_PROCESS ? 'in this process' : 'own process'}`);
  console.log(`import.rowsPerSecond: ${Math.round(ROWS / seconds)} rows/s`);
  console.log(`import.itemsPerSecond: ${Math.round(items / seconds)} items/s`);
  console.log(`import.projected100k: ${per100k(seconds)} s`);
  console.log(`import.cpuSeconds: ${cpuSeconds.toFixed(1)} s`);
  if (!IN_PROCESS) {
    console.log(`import.cpuSeconds.client: ${clientCpu.toFixed(1)} s`);
    console.log(`import.cpuSeconds.emulator: ${emulatorCpu.toFixed(1)} s`);
  }
  console.log(`import.projected100k.cpu: ${per100k(cpuSeconds)} s`);
  console.error(
    `(load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
} finally {
  await emulator.close();
  rmSync(work, { recursive: true, force: true });
}
