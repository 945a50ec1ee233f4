import type { CommandIo } from './command';

const WIDTH = 30;

/**
 * A progress bar on stderr: redrawn in place on a terminal, one line per tenth otherwise (so
 * logs stay short). `progressReporter('import', io)(500, 1000)` → `import [###############...] 50% 500/1000`.
 */
export function progressReporter(
  label: string,
  io: CommandIo,
): (done: number, total: number) => void {
  const tty = process.stderr.isTTY === true;
  let lastTenth = -1;
  return (done, total) => {
    const fraction = total === 0 ? 1 : done / total;
    const filled = Math.round(fraction * WIDTH);
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor(fraction * 100)}% ${done}/${total}`;
    if (tty) {
      process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(fraction * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      io.stderr(line);
    }
  };
}
