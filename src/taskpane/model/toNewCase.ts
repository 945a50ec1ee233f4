import type { NewCase } from '../../data/store';
import type { Person, StageNumber } from '../../domain/records';
import { asIsoDate } from '../../domain/primitives/brand';
import type { CaseDraft } from '../../ui/triage/caseDraft';

export interface SafeguardingFlag {
  readonly reasons: readonly string[];
  readonly referredOn?: string;
  readonly referredBy?: string;
}

/**
 * The case to create from a checked draft (see `draftErrors`). Every type keeps the
 * procedure the officer chose (a compliment or MP enquiry counts in that procedure's
 * report); only complaints keep a stage, the others are Stage 0.
 */
export function toNewCase(
  draft: CaseDraft,
  email: { receivedAt: string; conversationId?: string },
  owner: Person,
  safeguarding: SafeguardingFlag | undefined,
): NewCase {
  const complaint = draft.type === 'complaint';
  const stage = (complaint ? Number(draft.stage) : 0) as StageNumber;
  return {
    type: draft.type,
    procedure: draft.procedure !== '' ? draft.procedure : null,
    stage,
    received: asIsoDate(draft.received),
    receivedAt: email.receivedAt,
    receivedVia: draft.receivedVia,
    summary: draft.summary.trim(),
    complainant: draft.complainant,
    ...(draft.serviceArea ? { serviceArea: draft.serviceArea } : {}),
    causes: [...draft.causes],
    owner:
      draft.owner.trim() && draft.owner.trim() !== owner.name
        ? { name: draft.owner.trim() }
        : owner,
    earlyResolution: complaint && stage === 0,
    learning: [],
    jointWithNhs: false,
    timeLimitWaived: false,
    ...(safeguarding
      ? {
          safeguarding: {
            flagged: true,
            reasons: [...safeguarding.reasons],
            ...(safeguarding.referredOn ? { referredOn: asIsoDate(safeguarding.referredOn) } : {}),
            ...(safeguarding.referredBy ? { referredBy: safeguarding.referredBy } : {}),
          },
        }
      : {}),
    ...(draft.type === 'compliment'
      ? {
          compliment: {
            praised: draft.praised.trim(),
            ...(draft.forwardTo.trim() ? { forwardTo: draft.forwardTo.trim() } : {}),
            quotable: draft.quotable,
            ...(draft.quote.trim() ? { quote: draft.quote.trim() } : {}),
          },
        }
      : {}),
    ...(draft.type === 'mp_enquiry'
      ? {
          mp: {
            name: draft.mpName.trim(),
            ...(draft.constituent.trim() ? { constituent: draft.constituent.trim() } : {}),
          },
        }
      : {}),
    ...(email.conversationId ? { conversationId: email.conversationId } : {}),
  };
}
