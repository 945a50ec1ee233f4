import { runBatch, batchError } from '../graph/batch';
import { filterQuery } from '../graph/paging';
import { casesList, correspondenceList } from '../lists';
import type { CaseMatch } from '../store';
import { withStages } from './caseFiles';
import type { StoreContext } from './context';
import { quote, toStored, type GraphItem } from './items';
import { messageKey } from './messageKey';
import { readCaseFile } from './caseFiles';

type Clue = { matchedBy: CaseMatch['matchedBy']; list: 'cases' | 'correspondence'; filter: string };

/**
 * The case an email belongs to, best clue first: the same email (saved as a case, or already
 * in a case's correspondence), the same conversation, then a reference quoted in it. All the
 * clues go in one `$batch` of indexed queries, so the pane knows within one round trip.
 */
export async function findCaseForEmail(
  ctx: StoreContext,
  email: { internetMessageId: string; conversationId?: string; references: readonly string[] },
): Promise<CaseMatch | undefined> {
  const key = await messageKey(email.internetMessageId);
  const clues: Clue[] = [
    { matchedBy: 'message', list: 'cases', filter: `fields/MessageKey eq ${quote(key)}` },
    { matchedBy: 'message', list: 'correspondence', filter: `fields/MessageKey eq ${quote(key)}` },
  ];
  if (email.conversationId) {
    const conversation = quote(email.conversationId.slice(0, 255));
    clues.push(
      {
        matchedBy: 'conversation',
        list: 'cases',
        filter: `fields/ConversationId eq ${conversation}`,
      },
      {
        matchedBy: 'conversation',
        list: 'correspondence',
        filter: `fields/ConversationId eq ${conversation}`,
      },
    );
  }
  for (const reference of [...new Set(email.references)].slice(0, 10)) {
    clues.push({
      matchedBy: 'reference',
      list: 'cases',
      filter: `fields/Reference eq ${quote(reference.trim())}`,
    });
  }
  const paths = {
    cases: await ctx.listPath('cases'),
    correspondence: await ctx.listPath('correspondence'),
  };
  const answers = await runBatch(
    ctx.client,
    clues.map((clue) => ({
      method: 'GET' as const,
      url: `${paths[clue.list]}/items?$expand=fields&${filterQuery(clue.filter)}&$top=1`,
    })),
  );
  for (const [index, clue] of clues.entries()) {
    const answer = answers[index]!;
    const failure = batchError(answer);
    if (failure) throw failure;
    const item = ((answer.body as { value?: GraphItem[] } | undefined)?.value ?? [])[0];
    if (!item) continue;
    if (clue.list === 'cases') {
      const file = await withStages(ctx, toStored(casesList, item));
      // Saved from this email, yet the email is not in its correspondence: a half-done save.
      const notFiled = index === 0 && !hasItem(answers[1]!);
      return { ...file, matchedBy: clue.matchedBy, ...(notFiled ? { emailNotFiled: true } : {}) };
    }
    const reference = toStored(correspondenceList, item).value.caseReference;
    const file = await readCaseFile(ctx, reference);
    if (file) return { ...file, matchedBy: clue.matchedBy };
  }
  return undefined;
}

function hasItem(answer: Parameters<typeof batchError>[0]): boolean {
  if (batchError(answer)) return true; // unknown: assume filed rather than file twice
  return ((answer.body as { value?: GraphItem[] } | undefined)?.value ?? []).length > 0;
}
