import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findSafeguarding,
  labelledEmailSchema,
  quotesTheSender,
  suggestTriage,
} from '../../../../src/domain/triage';
import { email } from './fixtures';

/**
 * A reply's quoted earlier messages are read apart from the newest words (issue 15): a concern
 * told before and only chased now is still seen, with a plainer sign needed unless the quoted
 * message is the sender's own. Examples invented for these tests; the shipped prior is left out
 * (null) so only the rules are tested.
 */
const rulesOnly = (subject: string, body: string, from?: { name: string; address: string }) =>
  suggestTriage(email(subject, body, from), undefined, null);

describe('safeguarding in quoted reply text', () => {
  it('sees a concern told in the earlier message quoted under a chasing reply, and says where it was', () => {
    const s = rulesOnly(
      'RE: My query',
      'Any news? Nobody has called.\n\n> My granddaughter is 7. Her dad shook her hard on Saturday and she has a bruise on her cheek. She said she must not tell.',
    );
    expect(s.safeguarding).toBe(true);
    expect(s.safeguardingKinds).toContain('physical_harm');
    expect(s.safeguardingReasons[0]).toMatch(/in an earlier message quoted in the reply/);
  });

  it('puts the newest words first when both the reply and the quoted text raise a concern', () => {
    const s = rulesOnly(
      'RE: Grandad',
      'He has not had his tablets since Monday and I found him on the floor this morning.\n\n> Grandad is 84 and his care visits keep being missed.',
    );
    expect(s.safeguarding).toBe(true);
    expect(s.safeguardingReasons[0]).not.toMatch(/earlier message/);
  });

  it('needs a plainer sign in quoted text than in the newest words', () => {
    const weak = "My neighbour's son has bruises on his legs.";
    expect(findSafeguarding(weak).safeguarding).toBe(true);
    expect(findSafeguarding('Any update?', { quoted: weak }).safeguarding).toBe(false);
  });

  it("weighs the quoted message as the sender's own when it is attributed to them", () => {
    const weak = "My neighbour's son has bruises on his legs.";
    expect(
      findSafeguarding('Any update?', { quoted: weak, quotedIsTheSenders: true }).safeguarding,
    ).toBe(true);
    const s = rulesOnly(
      'RE: Flat 4',
      `Any update?\n\nOn 2 March 2026, Noor Castell wrote:\n> ${weak}`,
      { name: 'Noor Castell', address: 'noor.castell@mail.example' },
    );
    expect(s.safeguarding).toBe(true);
  });

  it("does not flag the council's own signposting or policy words quoted under a thank-you", () => {
    const s = rulesOnly(
      'RE: Your complaint about street lighting',
      'Thanks, all sorted now.\n\nOn 1 March 2026, Complaints Team wrote:\n> If you are ever worried that a child is being harmed, please call our front door or the police.\n> All our staff complete safeguarding training each year.',
    );
    expect(s.safeguarding).toBe(false);
  });

  it('does not flag a quoted past matter that was dealt with', () => {
    const s = rulesOnly(
      'RE: Records',
      'Thank you for correcting the file.\n\n> In 2012 my son was hit by a member of staff at his nursery. It was dealt with at the time.',
    );
    expect(s.safeguarding).toBe(false);
  });
});

describe('quotesTheSender', () => {
  const from = { name: 'Noor Castell', address: 'noor.castell@mail.example' };
  it('is true when the first attribution line names the sender or their address', () => {
    expect(quotesTheSender('Update?\n\nOn 2 Mar 2026, Noor Castell wrote:\n> text', from)).toBe(
      true,
    );
    expect(
      quotesTheSender('Update?\nOn Mon, <noor.castell@mail.example> wrote:\n> text', from),
    ).toBe(true);
    expect(quotesTheSender('Update?\nFrom: Noor Castell\nSent: Monday', from)).toBe(true);
  });

  it('is false when someone else wrote the quoted message, or nothing is quoted', () => {
    expect(
      quotesTheSender('Thanks\nOn 2 Mar 2026, Complaints Team wrote:\n> Dear Noor Castell', from),
    ).toBe(false);
    expect(quotesTheSender('No quotes here at all', from)).toBe(false);
  });
});

describe('the structure set (test/fixtures/triage/structure): quoted replies and run-on text', () => {
  // Written for this change, before it was measured; kept out of the prior's training (see
  // docs/performance.md, "Safeguarding: quoted replies").
  const lines = readFileSync(
    new URL('../../../fixtures/triage/structure/dev6_structure.jsonl', import.meta.url),
    'utf8',
  )
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => labelledEmailSchema.parse(JSON.parse(line)));

  it('holds a dozen concerns and a dozen hard negatives', () => {
    expect(lines.filter((e) => e.safeguarding)).toHaveLength(12);
    expect(lines.filter((e) => !e.safeguarding)).toHaveLength(12);
  });

  it.each(lines.map((e) => [e.id, e.safeguarding, e] as const))(
    '%s: the rules alone say safeguarding = %s',
    (_id, expected, e) => {
      expect(suggestTriage(e, undefined, null).safeguarding).toBe(expected);
    },
  );
});
