import {
  fillLetter,
  letterValues,
  type LetterKind,
  type LetterScope,
} from '../../../domain/letters';
import { referencePrefix, type FeedbackType, type Procedure } from '../../../domain/records';

const complaintScopes: readonly LetterScope[] = [
  'children_statutory',
  'adults_statutory',
  'corporate',
];

/**
 * A template as a letter would read, filled for an invented case, so the complaints manager
 * sees the wording before any complainant does. The text is plain: the view shows it as text.
 * `letterPreview('acknowledgement', 'corporate', 'Ref {{reference}}, due {{due}}', 'Example Council')`
 * → `'Ref CORP-2026-0147, due 29 January 2026'`
 */
export function letterPreview(
  kind: LetterKind,
  scope: LetterScope,
  template: string,
  council: string,
): string {
  const values = letterValues({
    reference: `${
      complaintScopes.includes(scope)
        ? referencePrefix('complaint', scope as Procedure)
        : referencePrefix(scope as Exclude<FeedbackType, 'complaint'>, null)
    }-2026-0147`,
    scope,
    stage: scope === 'children_statutory' || scope === 'corporate' ? 1 : 0,
    name: 'Alex Example',
    council: council.trim() || 'the council',
    officer: 'Sam Officer',
    received: '2026-01-15',
    due: scope === 'adults_statutory' ? undefined : '2026-01-29',
    ...(kind === 'extension'
      ? { reason: 'we are waiting for records from a partner agency', newDue: '2026-02-12' }
      : {}),
  });
  return fillLetter(template, values).text;
}
