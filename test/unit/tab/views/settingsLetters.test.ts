import { describe, expect, it } from 'vitest';
import { shippedLetter } from '../../../../src/domain/letters';
import { defaultCouncilSettings } from '../../../../src/domain/records';
import { letterPreview } from '../../../../src/tab/views/settings/letterPreview';
import {
  formFromSettings,
  rebaseForm,
  settingsFromForm,
} from '../../../../src/tab/views/settings/settingsForm';

const current = defaultCouncilSettings();
const form = formFromSettings(current);

describe('letters in the Settings form', () => {
  it('stores the council’s own wording of a letter', () => {
    const text = 'Dear {{name}},\n\nYour reference is {{reference}}; we reply by {{due}}.';
    const result = settingsFromForm(
      { ...form, letterTemplates: { 'acknowledgement.corporate': text } },
      current,
    );
    expect(result.ok && result.settings.letterTemplates).toEqual({
      'acknowledgement.corporate': text,
    });
  });

  it('refuses a letter with an unknown or missing placeholder, naming the letter and the mistake', () => {
    const result = settingsFromForm(
      {
        ...form,
        letterTemplates: { 'extension.children_statutory': 'Dear {{name}}, about {{refrence}}.' },
      },
      current,
    );
    expect(result.ok).toBe(false);
    const problem = !result.ok
      ? result.problems['letterTemplates.extension.children_statutory']
      : '';
    expect(problem).toContain('{{refrence}} is not a placeholder of this letter');
    expect(problem).toContain('Include {{reason}}');
    expect(problem).toContain('Include {{newDue}}');
  });

  it('does not store a letter left empty or as the standard wording', () => {
    const result = settingsFromForm(
      {
        ...form,
        letterTemplates: {
          'acknowledgement.corporate': '   ',
          'response.compliment': `${shippedLetter('response', 'compliment')}\r\n`,
        },
      },
      current,
    );
    expect(result.ok && result.settings.letterTemplates).toEqual({});
  });

  it('keeps a stored letter this version does not know', () => {
    const withFuture = { ...current, letterTemplates: { 'apology.corporate': 'Sorry {{x}}' } };
    const result = settingsFromForm(formFromSettings(withFuture), withFuture);
    expect(result.ok && result.settings.letterTemplates).toEqual({
      'apology.corporate': 'Sorry {{x}}',
    });
  });
});

describe('rebaseForm', () => {
  it('keeps what the user changed and takes a colleague’s change to the rest', () => {
    const base = form;
    const typed = { ...base, councilName: 'Mine Borough Council' };
    const theirs = formFromSettings({ ...current, retentionYears: 9, councilName: 'Theirs' });
    const rebased = rebaseForm(typed, base, theirs);
    expect(rebased.councilName).toBe('Mine Borough Council');
    expect(rebased.retentionYears).toBe('9');
  });
});

describe('letterPreview', () => {
  it('fills a template for an invented case, dates in words', () => {
    expect(
      letterPreview(
        'acknowledgement',
        'children_statutory',
        'Ref {{reference}}; due {{due}}; from {{officer}} at {{council}}.',
        'Example County Council',
      ),
    ).toBe('Ref CSC-2026-0147; due 29 January 2026; from Sam Officer at Example County Council.');
  });

  it('gives an extension its reason and new date', () => {
    const text = letterPreview('extension', 'corporate', '{{reason}} / {{newDue}}', 'X');
    expect(text).toBe('we are waiting for records from a partner agency / 12 February 2026');
  });

  it('leaves markup typed in a template as the characters typed', () => {
    expect(letterPreview('response', 'comment', '<script>x</script> {{reference}}', 'X')).toBe(
      '<script>x</script> CMT-2026-0147',
    );
  });
});
