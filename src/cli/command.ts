import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes: machine-readable output on stdout, progress and logs on stderr. */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Instructions for the person running the command, built only from configuration (list,
   * group and permission names): printed on stderr exactly, not redacted like a log, because a
   * council's own group name ("Directorate Leads") is not a person and must read as typed.
   * Falls back to `stderr` when a caller gives none.
   */
  readonly guide?: (text: string) => void;
}

/** Every command module exports `run` and a one-line `summary`. Returns the exit code. */
export type CommandRun = (argv: readonly string[], io: CommandIo) => Promise<number>;

export interface CommandModule {
  readonly summary: string;
  readonly run: CommandRun;
}

/** A user's mistake on the command line: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Options every command takes (docs/contracts.md, Commands). */
export const commonOptions = {
  graph: {
    type: 'string',
    default: process.env.FEEDBACK_DESK_GRAPH ?? 'http://127.0.0.1:4321/v1.0',
  },
  site: { type: 'string', default: process.env.FEEDBACK_DESK_SITE ?? 'root' },
  format: { type: 'string', default: 'json' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/** parseArgs that turns its exceptions into a UsageError with node's plain message. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
