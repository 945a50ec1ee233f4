import { KnownNames, redact, redactValue } from './redact';

export { KnownNames, redact, redactValue };

/**
 * A tiny logger for the apps (browser console) and the servers (stderr) that never writes
 * personal data or tokens: every message and every data value passes through {@link redact}.
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

export function createLogger(options: LoggerOptions = {}): Logger {
  const scope = options.scope ?? 'feedback-desk';
  const threshold = LEVELS[options.level ?? 'info'];
  const sink = options.sink ?? consoleSink;
  const names = options.names ?? new KnownNames();

  const write = (level: LogLevel) => (message: string, data?: unknown) => {
    if (LEVELS[level] < threshold) return;
    const safeData = data === undefined ? undefined : redactValue(data, names);
    sink(level, formatLine(level, scope, redact(message, names), safeData));
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
