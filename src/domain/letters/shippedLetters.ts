import { letterKeyOf, type LetterKey, type LetterKind, type LetterScope } from './letterTemplate';

/**
 * The wording Feedback Desk ships, used until the complaints manager writes the council's own
 * in Settings. Plain text; a paragraph left empty by its placeholder (no advocacy offer outside
 * children's complaints) is dropped when the letter is filled.
 */

const greeting = 'Dear {{name}}';
const signOff = 'Yours sincerely\n\n{{officer}}\nComplaints team, {{council}}';

const complaintAcknowledgement = [
  greeting,
  'Your reference: {{reference}}',
  'Thank you for your email of {{received}}. We have recorded it as a complaint at {{stage}} under reference {{reference}}; please quote it whenever you contact us.',
  '{{nextSteps}}',
  'You will have our response by {{due}}. If we need more time we will tell you before then, with the reason and the new date.',
  '{{advocacy}}',
  '{{escalation}}',
  signOff,
].join('\n\n');

const extension = [
  greeting,
  'Your reference: {{reference}}',
  'We told you that you would have our response to your complaint by {{due}}. We need more time: {{reason}}',
  'You will now have our response by {{newDue}}.',
  '{{advocacy}}',
  'If you are unhappy with this delay you can contact {{ombudsman}}',
  signOff,
].join('\n\n');

const complaintResponse = [
  greeting,
  'Your reference: {{reference}}',
  'Please find attached our response to your complaint at {{stage}}.',
  '{{escalation}}',
  '{{advocacy}}',
  signOff,
].join('\n\n');

const otherAcknowledgement = (what: string, next: string) =>
  [
    greeting,
    'Your reference: {{reference}}',
    `Thank you for your ${what} of {{received}}, which we have recorded under reference {{reference}}.`,
    next,
    signOff,
  ].join('\n\n');

const otherResponse = [
  greeting,
  'Your reference: {{reference}}',
  'Please find our reply attached.',
  signOff,
].join('\n\n');

// Extensions exist for complaints only (`letterKindsFor`), so some keys have no letter.
const shipped: Partial<Record<LetterKey, string>> = {
  'acknowledgement.children_statutory': complaintAcknowledgement,
  'acknowledgement.adults_statutory': complaintAcknowledgement,
  'acknowledgement.corporate': complaintAcknowledgement,
  'acknowledgement.compliment': otherAcknowledgement(
    'kind words',
    'We have passed them on to the people you praised and their manager.',
  ),
  'acknowledgement.mp_enquiry': otherAcknowledgement('enquiry', 'We will reply by {{due}}.'),
  'acknowledgement.comment': otherAcknowledgement('email', 'We will reply by {{due}}.'),
  'extension.children_statutory': extension,
  'extension.adults_statutory': extension,
  'extension.corporate': extension,
  'response.children_statutory': complaintResponse,
  'response.adults_statutory': complaintResponse,
  'response.corporate': complaintResponse,
  'response.compliment': otherResponse,
  'response.mp_enquiry': otherResponse,
  'response.comment': otherResponse,
};

/** The shipped template of a letter. */
export function shippedLetter(kind: LetterKind, scope: LetterScope): string {
  return shipped[letterKeyOf(kind, scope)] ?? '';
}

/**
 * The template to use: the council's own when it wrote one, else the shipped wording.
 * `councilLetter({ 'acknowledgement.corporate': 'Dear {{name}} …' }, 'acknowledgement', 'corporate')`
 */
export function councilLetter(
  templates: Readonly<Record<string, string>>,
  kind: LetterKind,
  scope: LetterScope,
): string {
  const own = templates[letterKeyOf(kind, scope)];
  return own !== undefined && own.trim() !== '' ? own : shippedLetter(kind, scope);
}
