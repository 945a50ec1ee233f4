/**
 * The part of an email triage reads. A suggestion must come back at once whatever arrives, so
 * runs of blank lines and spaces are folded and only the first 20,000 characters of the body
 * (and 1,000 of the subject) are read; the whole email is still archived with the case
 * (docs/performance.md). Each step is one linear pass.
 */
export const BODY_LIMIT = 20_000;
export const SUBJECT_LIMIT = 1_000;

/** `boundBody('a\n\n\n\n   b')` → `'a\n\n b'` */
export function boundBody(body: string): string {
  return (
    body
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t\f\v\u00a0]+/g, ' ')
      // Spaces are single by now, so one run of line breaks and spaces is one blank gap.
      .replace(/\n[ \n]*\n/g, '\n\n')
      .slice(0, BODY_LIMIT)
  );
}

export function boundSubject(subject: string): string {
  return subject.slice(0, SUBJECT_LIMIT);
}
