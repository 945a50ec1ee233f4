import { describe, expect, it } from 'vitest';
import {
  councilLetter,
  fillLetter,
  letterKeys,
  letterKindsFor,
  letterScopes,
  letterTemplateProblems,
  letterValues,
  shippedLetter,
} from '../../../../src/domain/letters';

const facts = {
  reference: 'CSC-2026-0147',
  scope: 'children_statutory' as const,
  stage: 1 as const,
  name: 'Sam Okafor',
  council: 'Example County Council',
  officer: 'Priya Shah',
  received: '2026-12-04',
  due: '2026-12-18',
};

describe('filling a letter', () => {
  it('writes the acknowledgement of a children’s complaint with the due date in words and the advocate offer', () => {
    const letter = fillLetter(
      councilLetter({}, 'acknowledgement', 'children_statutory'),
      letterValues(facts),
    );
    expect(letter.text).toContain('CSC-2026-0147');
    expect(letter.text).toContain('18 December 2026');
    expect(letter.text).toContain('4 December 2026');
    expect(letter.text).toContain('Dear Sam Okafor');
    expect(letter.text).toContain('Priya Shah');
    expect(letter.text).toMatch(/advocate/);
    expect(letter.text).toMatch(/Stage 2/);
    expect(letter.text).not.toMatch(/\{\{|\}\}/);
  });

  it('leaves out the advocate paragraph outside children’s complaints, with no blank gap', () => {
    const letter = fillLetter(
      shippedLetter('acknowledgement', 'corporate'),
      letterValues({ ...facts, scope: 'corporate' }),
    );
    expect(letter.text).not.toMatch(/advocate/);
    expect(letter.text).not.toMatch(/\n\n\n/);
    expect(letter.html).not.toContain('<p></p>');
  });

  it('gives an extension its reason, new date and the Ombudsman', () => {
    const letter = fillLetter(
      shippedLetter('extension', 'corporate'),
      letterValues({
        ...facts,
        scope: 'corporate',
        reason: 'the service manager is waiting for a contractor’s report.',
        newDue: '2027-01-15',
      }),
    );
    expect(letter.text).toContain('15 January 2027');
    expect(letter.text).toContain('contractor’s report');
    expect(letter.text).toMatch(/Ombudsman/);
  });

  it('escapes markup from the template and from the values, so nothing becomes HTML', () => {
    const letter = fillLetter(
      '<img src=x onerror=alert(1)> Dear {{name}}\n\nRef "{{reference}}" & co',
      {
        name: '<script>alert("x")</script>',
        reference: "A'1",
      },
    );
    expect(letter.html).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt; Dear &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p><p>Ref &quot;A&#39;1&quot; &amp; co</p>',
    );
    expect(letter.text).toContain('<script>');
    expect(letter.html).not.toMatch(/<(?!\/?p>|br>)/);
  });

  it('does not expand a placeholder inside a value, and strips direction overrides from names', () => {
    const letter = fillLetter('Dear {{name}} ({{reference}})', {
      name: 'Ann \u202Egro.elpmaxe{{reference}}',
      reference: 'R-1',
    });
    expect(letter.text).toBe('Dear Ann gro.elpmaxe{{reference}} (R-1)');
  });

  it('keeps single line breaks as <br> and paragraphs as <p>', () => {
    expect(fillLetter('a\nb\r\n\r\nc', {}).html).toBe('<p>a<br>b</p><p>c</p>');
  });

  it('says “the date we agree with you” when an adults’ complaint has no fixed due date', () => {
    const values = letterValues({ ...facts, scope: 'adults_statutory', due: undefined });
    expect(values.due).toBe('the date we agree with you');
  });
});

describe('checking a template', () => {
  it('accepts every shipped template', () => {
    for (const scope of letterScopes)
      for (const kind of letterKindsFor(scope))
        expect(
          letterTemplateProblems(kind, scope, shippedLetter(kind, scope)),
          `${kind}.${scope}`,
        ).toEqual([]);
    expect(letterKeys).toHaveLength(15);
  });

  it('names an unknown placeholder and lists the ones allowed', () => {
    const problems = letterTemplateProblems(
      'acknowledgement',
      'corporate',
      '{{reference}} {{due}} {{refrence}}',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\{\{refrence\}\} is not a placeholder/);
    expect(problems[0]).toContain('{{reference}}');
  });

  it('refuses a stray brace', () => {
    expect(letterTemplateProblems('response', 'compliment', '{{reference}} {{ oops')).toEqual([
      expect.stringMatching(/is not part of a placeholder/),
    ]);
  });

  it('requires what the Code requires of an extension', () => {
    const problems = letterTemplateProblems('extension', 'corporate', 'Ref {{reference}}');
    expect(problems.join(' ')).toMatch(/\{\{reason\}\}/);
    expect(problems.join(' ')).toMatch(/\{\{newDue\}\}/);
    expect(problems.join(' ')).toMatch(/\{\{ombudsman\}\}/);
  });

  it('requires the advocate offer in a children’s acknowledgement, but not a corporate one', () => {
    const text = '{{reference}} {{due}}';
    expect(letterTemplateProblems('acknowledgement', 'children_statutory', text)).toEqual([
      expect.stringMatching(/\{\{advocacy\}\}/),
    ]);
    expect(letterTemplateProblems('acknowledgement', 'corporate', text)).toEqual([]);
  });

  it('refuses an empty template and uses the shipped one for a blank council template', () => {
    expect(letterTemplateProblems('response', 'comment', '  ')).toEqual([
      'Write the letter: it cannot be empty.',
    ]);
    expect(councilLetter({ 'response.comment': ' ' }, 'response', 'comment')).toBe(
      shippedLetter('response', 'comment'),
    );
    expect(councilLetter({ 'response.comment': 'Ours {{reference}}' }, 'response', 'comment')).toBe(
      'Ours {{reference}}',
    );
  });
});
