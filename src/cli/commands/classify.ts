import { readFileSync } from 'node:fs';
import { commonOptions, parseCommandArgs, UsageError, type CommandIo } from '../command';
import {
  describeIssue,
  emailInputSchema,
  parseModel,
  suggestTriage,
  type TriageModel,
} from '../../domain/triage';

export const summary =
  'suggest type, safeguarding, procedure, stage and references for each email in a JSON-lines file';

const usage = `usage: feedback-desk classify --jsonl FILE [--model MODEL.json]
  Reads one email a line ({"id","from":{"name","address"},"to","subject","receivedAt","body"})
  and prints one suggestion a line (docs/contracts.md). Bad lines are reported on stderr with
  their line number; the others are still classified, and the exit code is then 1.
  --model  a triage model learned from confirmed classifications (JSON), blended with the rules`;

/** A line that could not be classified; never echoes the line itself (it is personal data). */
export interface LineError {
  readonly line: number;
  readonly message: string;
}

/**
 * Classifies each non-blank line of `text`, keeping going past bad ones.
 *
 * `classifyLines('{"id":"1",…}\nnot json')` → `{ outputs: ['{"id":"1","type":…}'], errors: [{ line: 2, … }] }`
 */
export function classifyLines(
  text: string,
  model?: TriageModel,
): { outputs: string[]; errors: LineError[] } {
  const outputs: string[] = [];
  const errors: LineError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      // The parser's own message quotes the line, which is personal data: say only what is wrong.
      errors.push({ line, message: 'not valid JSON (expected one JSON object a line)' });
      return;
    }
    const parsed = emailInputSchema.safeParse(json);
    if (!parsed.success) {
      errors.push({ line, message: describeIssue(parsed.error) });
      return;
    }
    const { id, ...email } = parsed.data;
    const s = suggestTriage(email, model);
    outputs.push(
      JSON.stringify({
        id,
        type: s.type,
        confidence: s.confidence,
        reasons: s.reasons,
        safeguarding: s.safeguarding,
        safeguardingReasons: s.safeguardingReasons,
        procedure: s.procedure,
        stage: s.stage,
        references: s.references,
        ...(s.otherKind ? { otherKind: s.otherKind } : {}),
        ...(s.mp ? { mp: s.mp } : {}),
      }),
    );
  });
  return { outputs, errors };
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (code ?? 'unreadable');
    throw new UsageError(`cannot read ${what} ${path}: ${why}`);
  }
}

function loadModel(path: string): TriageModel {
  let json: unknown;
  try {
    json = JSON.parse(readText(path, 'model'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`model ${path} is not valid JSON`);
  }
  const parsed = parseModel(json);
  if (!parsed.ok) throw new UsageError(`model ${path}: ${parsed.error.message}`);
  return parsed.value;
}

export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    ...commonOptions,
    jsonl: { type: 'string' },
    model: { type: 'string' },
  });
  if (values.help) {
    io.stderr(usage);
    return 0;
  }
  if (values.format !== 'json')
    throw new UsageError(`--format ${values.format}: only json is supported`);
  if (!values.jsonl) throw new UsageError('--jsonl FILE is required');
  const model = values.model ? loadModel(values.model) : undefined;
  const { outputs, errors } = classifyLines(readText(values.jsonl, 'file'), model);
  for (const output of outputs) io.stdout(output);
  for (const e of errors) io.stderr(`feedback-desk classify: line ${e.line}: ${e.message}`);
  if (errors.length > 0) {
    io.stderr(
      `feedback-desk classify: ${outputs.length} classified, ${errors.length} line(s) could not be read`,
    );
    return 1;
  }
  return 0;
}
