import { formatUkDate } from '../format/dates';
import { visibleText } from '../format/visibleText';
import type { StageNumber } from '../records/codes';
import { PLACEHOLDER, type LetterScope, type Placeholder } from './letterTemplate';

/** A filled letter: the same words as plain text and as HTML safe to put in a reply. */
export interface FilledLetter {
  readonly text: string;
  readonly html: string;
}

export type LetterValues = Partial<Record<Placeholder, string>>;

/** What the letter is about; dates are `YYYY-MM-DD` and are written out ("18 December 2026"). */
export interface LetterFacts {
  readonly reference: string;
  readonly scope: LetterScope;
  readonly stage: StageNumber;
  readonly name?: string | undefined;
  readonly council: string;
  readonly officer: string;
  readonly received: string;
  /** The response's due date, when the case has one. */
  readonly due?: string | undefined;
  readonly reason?: string | undefined;
  readonly newDue?: string | undefined;
}

const OMBUDSMAN =
  'the Local Government and Social Care Ombudsman: www.lgo.org.uk, telephone 0300 061 0614.';

function nextSteps(scope: LetterScope, stage: StageNumber): string {
  if (scope === 'children_statutory' && stage === 2)
    return 'An investigator who does not work in the service will agree with you what your complaint is about, then look into it; an independent person will oversee the investigation.';
  if (scope === 'children_statutory' || scope === 'corporate')
    return 'A manager from the service concerned will look into what you have told us and write to you with their response.';
  if (scope === 'adults_statutory')
    return 'A manager from the service concerned will contact you to agree how your complaint will be handled and roughly how long it will take.';
  return 'We will look into what you have told us and reply.';
}

function escalation(scope: LetterScope, stage: StageNumber): string {
  if (scope === 'children_statutory' && stage < 2)
    return 'If you are not satisfied with our response, you can ask for your complaint to be investigated at Stage 2 within 20 working days of receiving it.';
  if (scope === 'children_statutory' && stage === 2)
    return 'If you are not satisfied with the Stage 2 findings, you can ask for a review panel (Stage 3) within 20 working days of receiving them.';
  if (scope === 'corporate' && stage < 2)
    return 'If you are not satisfied with our response, you can ask for your complaint to be considered at Stage 2; tell us why you remain unhappy.';
  return `If you are not satisfied with our final response, you can ask ${OMBUDSMAN}`;
}

const ADVOCACY =
  'If you are a child or young person, you can have an advocate to help you with your complaint, free of charge. Tell us if you would like one and we will arrange it.';

function inWords(date: string | undefined): string | undefined {
  return date === undefined ? undefined : formatUkDate(date);
}

/** The values of every placeholder for a case: dates written out, wording by procedure and stage. */
export function letterValues(facts: LetterFacts): LetterValues {
  return {
    reference: facts.reference,
    name: facts.name?.trim() || 'Sir or Madam',
    council: facts.council,
    officer: facts.officer,
    received: formatUkDate(facts.received),
    stage: facts.stage === 0 ? 'early resolution' : `Stage ${facts.stage}`,
    // Adults' complaints have no fixed response time: the plan is agreed with the person.
    due: inWords(facts.due) ?? 'the date we agree with you',
    nextSteps: nextSteps(facts.scope, facts.stage),
    escalation: escalation(facts.scope, facts.stage),
    advocacy: facts.scope === 'children_statutory' ? ADVOCACY : '',
    ombudsman: OMBUDSMAN,
    ...(facts.reason !== undefined ? { reason: facts.reason.trim() } : {}),
    ...(facts.newDue !== undefined ? { newDue: formatUkDate(facts.newDue) } : {}),
  };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * Fills a template in one pass (a value holding `{{x}}` stays as typed), drops paragraphs left
 * empty, and builds the HTML from the finished text by escaping every character that means
 * something in HTML: markup in a template or a value shows as the characters typed.
 * `fillLetter('Dear {{name}}\n\n{{advocacy}}\n\nRef {{reference}}', { name: '<b>Al</b>', advocacy: '', reference: 'X-1' })`
 * → `{ text: 'Dear <b>Al</b>\n\nRef X-1', html: '<p>Dear &lt;b&gt;Al&lt;/b&gt;</p><p>Ref X-1</p>' }`
 */
export function fillLetter(template: string, values: LetterValues): FilledLetter {
  // An email's sender name is untrusted: it must not reorder or hide the words around it.
  const filled = visibleText(
    template.replace(PLACEHOLDER, (whole, name: string) => {
      const value = (values as Record<string, string | undefined>)[name];
      return value === undefined ? whole : value;
    }),
  );
  const paragraphs = filled
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim() !== '');
  return {
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join(''),
  };
}
