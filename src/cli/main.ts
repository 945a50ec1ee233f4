import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../log/logger';
import { UsageError, type CommandIo, type CommandModule } from './command';
import { writeOutput } from './output';

const commandsDir = fileURLToPath(new URL('./commands/', import.meta.url));

/** Each file in `commands/` is one command, named after the file. */
function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => file.slice(0, -3))
    .sort();
}

const processIo: CommandIo = {
  stdout: writeOutput,
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/**
 * stdout is the command's output, passed on exactly; stderr carries its messages (progress,
 * problems, usage), which are logs: they go through the redacting logger, bare (they already
 * say `feedback-desk import: …`), whatever `io` the caller gives.
 */
function withRedactedMessages(io: CommandIo): CommandIo {
  const log = createLogger({ prefix: false, sink: (_level, line) => io.stderr(line) });
  return { stdout: io.stdout, stderr: (text) => log.info(text), guide: io.guide ?? io.stderr };
}

export async function main(argv: readonly string[], rawIo: CommandIo = processIo): Promise<number> {
  const io = withRedactedMessages(rawIo);
  const [name, ...rest] = argv;
  const names = commandNames();
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stderr(`usage: feedback-desk <command> [options]\ncommands: ${names.join(', ')}`);
    return name ? 0 : 2;
  }
  if (!/^[a-z][a-z-]*$/.test(name) || !existsSync(`${commandsDir}${name}.ts`)) {
    io.stderr(`feedback-desk: unknown command "${name}" (commands: ${names.join(', ')})`);
    return 2;
  }
  const command = (await import(`./commands/${name}.ts`)) as CommandModule;
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`feedback-desk ${name}: ${error.message}`);
      return 2;
    }
    io.stderr(`feedback-desk ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
