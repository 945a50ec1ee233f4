import { KnownNames, redact, redactValue } from './redact';

export { KnownNames, redact, redactValue };

/**
 * The one logger of the product — pages (browser console), the emulator, the CLI's messages on
 * stderr and the demo-stack scripts — that never writes personal data or tokens: every message
 * and every data value passes through {@link redact}. Lint forbids `console` everywhere else in
 * src/, emulator/ and scripts/ (eslint.config.js), so a log line cannot bypass it. A command's
 * result (a report, `classify --jsonl` lines) is output, not a log: see src/cli/output.ts.
 *
 * ```ts
 * const log = createLogger({ scope: 'taskpane' });
 * log.names.add(['Jayden Fairclough']);                  // a sender the pane has just shown
 * log.info('saved case for Jayden', { status: 201, email: 'k@example.com' });
 * // console: `info taskpane: saved case for [name] {"status":201,"email":"[redacted]"}`
 * ```
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Where finished, already-redacted lines go. */
export type LogSink = (level: LogLevel, line: string) => void;

export interface Logger {
  readonly debug: (message: string, data?: unknown) => void;
  readonly info: (message: string, data?: unknown) => void;
  readonly warn: (message: string, data?: unknown) => void;
  readonly error: (message: string, data?: unknown) => void;
  /** A logger for a part of the app, sharing the sink and the known names. */
  readonly child: (scope: string) => Logger;
  /** Names seen in payloads; redacted from every later line of this logger and its children. */
  readonly names: KnownNames;
}

export interface LoggerOptions {
  readonly scope?: string;
  readonly level?: LogLevel;
  readonly sink?: LogSink;
  readonly names?: KnownNames;
  /**
   * `false`: the line is the redacted message alone, for callers whose messages already say who
   * speaks (the CLI's `feedback-desk import: …`). Default `true`: `info scope: message`.
   */
  readonly prefix?: boolean;
}

/** Writes to the console method of the same level (stderr for warn and error in Node). */
export const consoleSink: LogSink = (level, line) => {
  const write =
    level === 'debug'
      ? console.debug
      : level === 'info'
        ? console.info
        : level === 'warn'
          ? console.warn
          : console.error;
  write(line);
};

/** Every level to stderr (in Node), for a process whose stdout is a contract (`FD_STACK …`). */
export const stderrSink: LogSink = (_level, line) => {
  console.error(line);
};

/** `formatLine('info', 'tab', 'loaded', { count: 3 })` → `info tab: loaded {"count":3}` (unredacted). */
export function formatLine(
  level: LogLevel,
  scope: string,
  message: string,
  data?: unknown,
): string {
  const head = `${level} ${scope}: ${message}`;
  if (data === undefined) return head;
  let json: string;
  try {
    json = JSON.stringify(data);
  } catch {
    json = '"[unserialisable]"';
  }
  return `${head} ${json}`;
}

/**
 * An Error stringifies to `{}`: keep what helps to find a bug (name, message, stack), still
 * redacted like any other value. `cause` is followed once.
 */
function loggable(data: unknown, depth = 0): unknown {
  if (!(data instanceof Error)) return data;
  // `error`, not `name`: a field called `name` is a person's and would be redacted.
  return {
    error: data.name,
    message: data.message,
    ...(data.stack ? { stack: data.stack } : {}),
    ...(data.cause !== undefined && depth === 0 ? { cause: loggable(data.cause, 1) } : {}),
  };
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const scope = options.scope ?? 'feedback-desk';
  const threshold = LEVELS[options.level ?? 'info'];
  const sink = options.sink ?? consoleSink;
  const names = options.names ?? new KnownNames();

  const write = (level: LogLevel) => (message: string, data?: unknown) => {
    if (LEVELS[level] < threshold) return;
    const safeData = data === undefined ? undefined : redactValue(loggable(data), names);
    const safeMessage = redact(message, names);
    sink(
      level,
      options.prefix === false
        ? formatLine(level, scope, safeMessage, safeData).slice(`${level} ${scope}: `.length)
        : formatLine(level, scope, safeMessage, safeData),
    );
  };

  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (child) => createLogger({ ...options, scope: `${scope}/${child}`, sink, names }),
    names,
  };
}
