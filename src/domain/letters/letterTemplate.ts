import type { FeedbackType, Procedure } from '../records/codes';
import { formatCount } from '../format';

/**
 * The letters an officer sends from the pane, and the placeholders each may hold.
 * A template is plain text with `{{placeholder}}` markers; blank lines separate paragraphs.
 * It is never HTML: `fillLetter` escapes the whole result, so no template and no value can
 * add markup to the reply (docs/domain.md, Letters).
 */

export const letterKinds = ['acknowledgement', 'extension', 'response'] as const;
export type LetterKind = (typeof letterKinds)[number];

/** Whom a template is for: a complaint's procedure, or the kind of non-complaint. */
export type LetterScope = Procedure | Exclude<FeedbackType, 'complaint'>;
export const letterScopes: readonly LetterScope[] = [
  'children_statutory',
  'adults_statutory',
  'corporate',
  'compliment',
  'mp_enquiry',
  'comment',
];

export const letterKindLabels: Record<LetterKind, string> = {
  acknowledgement: 'Acknowledgement',
  extension: 'Extension',
  response: 'Response covering letter',
};

export const letterScopeLabels: Record<LetterScope, string> = {
  children_statutory: "children's social care complaints",
  adults_statutory: 'adult social care complaints',
  corporate: 'corporate complaints',
  compliment: 'compliments',
  mp_enquiry: 'MP enquiries',
  comment: 'comments and queries',
};

/** The scope of a case: `letterScopeOf({ type: 'complaint', procedure: 'corporate' })` → `'corporate'`. */
export function letterScopeOf(c: {
  readonly type: FeedbackType;
  readonly procedure: Procedure | null;
}): LetterScope {
  return c.type === 'complaint' ? (c.procedure ?? 'corporate') : c.type;
}

const complaintScopes = new Set<LetterScope>([
  'children_statutory',
  'adults_statutory',
  'corporate',
]);

/** Which letters a scope has: extensions only for complaints. */
export function letterKindsFor(scope: LetterScope): readonly LetterKind[] {
  return complaintScopes.has(scope) ? letterKinds : ['acknowledgement', 'response'];
}

/** The Settings key of a template: `acknowledgement.children_statutory`. */
export type LetterKey = `${LetterKind}.${LetterScope}`;
export const letterKeyOf = (kind: LetterKind, scope: LetterScope): LetterKey => `${kind}.${scope}`;

/** Every template a council can edit, in the order Settings lists them. */
export const letterKeys: readonly LetterKey[] = letterScopes.flatMap((scope) =>
  letterKindsFor(scope).map((kind) => letterKeyOf(kind, scope)),
);

export function isLetterKey(key: string): key is LetterKey {
  return (letterKeys as readonly string[]).includes(key);
}

export const placeholderDescriptions = {
  reference: 'the case reference, e.g. CSC-2026-0147',
  name: 'the name of the person who wrote in, as their email gives it',
  council: 'the council’s name, from Settings',
  officer: 'your name, as you are signed in',
  received: 'the day the email was received, e.g. 14 December 2026',
  stage: 'the stage, e.g. Stage 1',
  due: 'the day the response is due, e.g. 18 December 2026',
  nextSteps: 'what happens next, for this kind of case and stage',
  escalation: 'how to take it further if they are not satisfied',
  advocacy: "the offer of an advocate (children's complaints; empty otherwise)",
  ombudsman: 'the Ombudsman’s name and how to contact them',
  reason: 'why more time is needed, as the officer types it',
  newDue: 'the new day the response is due after the extension',
} as const;
export type Placeholder = keyof typeof placeholderDescriptions;

const common: readonly Placeholder[] = [
  'reference',
  'name',
  'council',
  'officer',
  'received',
  'stage',
];

/** The placeholders a letter of each kind may use. */
export const placeholdersOf: Record<LetterKind, readonly Placeholder[]> = {
  acknowledgement: [...common, 'due', 'nextSteps', 'escalation', 'advocacy', 'ombudsman'],
  extension: [...common, 'due', 'reason', 'newDue', 'ombudsman', 'advocacy'],
  response: [...common, 'escalation', 'ombudsman', 'advocacy'],
};

/** What a letter must say, and why: the law or the Code behind each requirement. */
export function requiredPlaceholders(
  kind: LetterKind,
  scope: LetterScope,
): readonly { readonly name: Placeholder; readonly why: string }[] {
  const required: { name: Placeholder; why: string }[] = [
    { name: 'reference', why: 'the reply must quote the case reference' },
  ];
  if (kind === 'acknowledgement' && scope !== 'compliment')
    required.push({ name: 'due', why: 'the acknowledgement says when the response is due' });
  if (kind === 'acknowledgement' && scope === 'children_statutory')
    required.push({ name: 'advocacy', why: 'a child must be offered an advocate' });
  if (kind === 'extension')
    required.push(
      { name: 'reason', why: 'an extension must give its reason' },
      { name: 'newDue', why: 'an extension must give the new date' },
      { name: 'ombudsman', why: 'an extension must give the Ombudsman’s details' },
    );
  if (kind === 'response' && complaintScopes.has(scope))
    required.push({ name: 'escalation', why: 'a response says how to take the complaint further' });
  return required;
}

/** `{{ name }}`: letters, digits, spaces around. Anything else between braces is a mistake. */
export const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

export const MAX_TEMPLATE_LENGTH = 10_000;

/**
 * Every mistake in a template, in plain words; `[]` when it can be saved.
 * `letterTemplateProblems('extension', 'corporate', 'Dear {{name}}, {{refrence}}')` →
 * `['{{refrence}} is not a placeholder of this letter: use one of {{reference}}, …', …]`
 */
export function letterTemplateProblems(
  kind: LetterKind,
  scope: LetterScope,
  template: string,
): string[] {
  if (template.trim() === '') return ['Write the letter: it cannot be empty.'];
  const problems: string[] = [];
  if (template.length > MAX_TEMPLATE_LENGTH)
    problems.push(`Keep the letter under ${formatCount(MAX_TEMPLATE_LENGTH)} characters.`);
  const allowed = placeholdersOf[kind];
  const used = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!(allowed as readonly string[]).includes(name)) {
      if (!used.has(name))
        problems.push(
          `{{${name}}} is not a placeholder of this letter: use one of ${allowed.map((p) => `{{${p}}}`).join(', ')}.`,
        );
    }
    used.add(name);
  }
  const rest = template.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}'))
    problems.push(
      'A “{{” or “}}” is not part of a placeholder: write placeholders as {{reference}}, a name between double braces.',
    );
  for (const { name, why } of requiredPlaceholders(kind, scope))
    if (!used.has(name)) problems.push(`Include {{${name}}}: ${why}.`);
  return problems;
}
