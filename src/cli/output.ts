/**
 * A command's result on stdout — a report, `classify --jsonl` lines, a table, the `FD_STACK`
 * line a test reads — is the product's output, not a log: it is written exactly as given (plus
 * one final newline), never redacted, and only through this function, so lint can tell output
 * from logs (eslint.config.js forbids `console` and `process.stdout` elsewhere). Everything else
 * a command or script says goes through the redacting logger (src/log/logger.ts).
 *
 * `writeOutput('{"imported":3}')` → stdout `{"imported":3}\n`
 */
export function writeOutput(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
