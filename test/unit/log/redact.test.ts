import { describe, expect, it } from 'vitest';
import { KnownNames, redact, redactValue } from '../../../src/log/redact';

/**
 * What the redactor must take out of a log line, written from what people type and what a
 * council's systems log, not from the redactor's code. Recall first: a name left in a log is
 * worse than an ordinary word taken out, so the negatives are the lines the product really
 * writes (Graph paths, counts, case references, the provisioning guide), which must survive.
 */

/** The people of the demo directory (src/data/seed/demoDirectory.json). */
const DIRECTORY = ['Priya Shah', 'Tom Whitfield', 'Grace Okafor', 'David Lennox', 'Helen Marsh'];

function expectGone(line: string, secrets: readonly string[], known?: KnownNames): string {
  const out = redact(line, known);
  for (const secret of secrets)
    expect(out.toLowerCase(), `"${secret}" left in: ${out}`).not.toContain(secret.toLowerCase());
  return out;
}

describe('redact: names shown by a cue, in any case', () => {
  it.each([
    ['email from priya shah about school transport', ['priya', 'shah']],
    ['From: JAYDEN FAIRCLOUGH <jf@example.com>', ['jayden', 'fairclough', 'jf@example.com']],
    ['reply sent to amira haddad, stage 1', ['amira', 'haddad']],
    ['dear mr jones, thank you', ['jones']],
    ['Dear Mrs O’Neill-Hughes,', ['o’neill', 'hughes']],
    ['DEAR MS KAUR', ['kaur']],
    ['spoke to dr. adeyemi today', ['adeyemi']],
    ['cllr roberts asked for an update', ['roberts']],
    ['mx taylor-brown called', ['taylor-brown']],
    ['dear mr mcdonald', ['mcdonald']],
    ['dear mr j. smith', ['smith']],
    ['dear mr van der berg', ['van der berg']],
    ["name: sam o'neill", ["o'neill", 'sam']],
    ['Name: SAM O’NEILL', ['o’neill', 'sam']],
    ['name=jo-anne smith-jones;', ['jo-anne', 'smith-jones']],
    ['complainant: kezia d’souza (stage 2)', ['kezia', 'd’souza']],
    ['from anne-marie o’connor.', ['anne-marie', 'o’connor']],
    ['signed by: ruth okonjo-iweala', ['ruth', 'okonjo']],
    ['letter for mrs. patel", next', ['patel']],
  ])('%s', (line, secrets) => {
    expectGone(line, secrets);
  });

  it('takes the name next to any punctuation', () => {
    for (const line of [
      'case for (priya shah)',
      'from “priya shah”',
      'from priya shah’s mother',
      "from priya shah's mother",
      'from [priya shah]',
      'to:priya shah;',
      'dear priya shah!',
    ])
      expectGone(line, ['priya', 'shah']);
  });

  it('takes the name under a sign-off, on its own line or after a comma', () => {
    expectGone('I want this sorted.\nKind regards,\njo bloggs', ['bloggs']);
    expectGone('Many thanks\nAMIRA HADDAD\n07700 900123', ['amira', 'haddad', '900123']);
    expectGone('yours sincerely\n\nmargaret thompson', ['margaret', 'thompson']);
    expectGone('thanks, dave', ['dave']);
    expectGone('regards\n-- \nkeith o’brien', ['keith', 'o’brien']);
    expectGone('best wishes, Liam McAllister-Ross', ['liam', 'mcallister']);
  });

  it('keeps the words after the name', () => {
    const out = redact('email from priya shah about school transport');
    expect(out).toContain('about school transport');
    expect(out).toContain('[name]');
  });
});

describe('redact: known names, in any case and any spelling of the separator', () => {
  const known = new KnownNames();
  known.add(DIRECTORY);

  it.each([
    'PRIYA SHAH saved the case',
    'priya shah saved the case',
    'Plan signed off by grace okafor',
    'returned by David LENNOX',
    'user priya.shah asked',
    'tom_whitfield opened Settings',
    'helen-marsh',
    "grace okafor's sign-off",
    '(david lennox)',
  ])('%s', (line) => {
    const out = redact(line, known);
    for (const name of DIRECTORY)
      for (const part of name.toLowerCase().split(' '))
        if (line.toLowerCase().includes(part)) expect(out.toLowerCase(), out).not.toContain(part);
  });

  it('takes a surname alone once the name is known', () => {
    expectGone('okafor signed it off', ['okafor'], known);
    expectGone('LENNOX returned it', ['lennox'], known);
  });
});

describe('redact: contact details', () => {
  it.each([
    ['PRIYA.SHAH@EXAMPLECOUNTY.GOV.UK', 'priya.shah@examplecounty.gov.uk'],
    ["o'neill+complaints@example.org wrote", "o'neill+complaints@example.org"],
    ['<jo.bloggs@example.net>', 'jo.bloggs@example.net'],
  ])('email %s', (line, secret) => {
    expect(redact(line)).toContain('[email]');
    expectGone(line, [secret]);
  });

  it.each([
    ['ring 07700 900123', '900123'],
    ['ring 07700900123', '07700900123'],
    ['ring +44 7700 900123', '900123'],
    ['ring +44 (0)7700 900123', '900123'],
    ['office 0113 496 0000', '496 0000'],
    ['office (0113) 496 0000', '496 0000'],
    ['london 020 7946 0000', '7946 0000'],
    ['landline 01632 960123.', '960123'],
  ])('UK phone %s', (line, secret) => {
    expect(redact(line)).toContain('[phone]');
    expectGone(line, [secret]);
  });

  it.each([
    ['post to LS1 4AB', 'LS1 4AB'],
    ['post to ls1 4ab', 'ls1 4ab'],
    ['SW1A 1AA.', 'SW1A 1AA'],
    ['(sw1a1aa)', 'sw1a1aa'],
    ['M1 1AE,', 'M1 1AE'],
    ['b33 8th', 'b33 8th'],
  ])('postcode %s', (line, secret) => {
    expect(redact(line)).toContain('[postcode]');
    expectGone(line, [secret]);
  });
});

describe('redactValue: known personal fields, whatever their case', () => {
  it('replaces the values of personal fields, nested and in lists', () => {
    const value = {
      status: 201,
      listId: 'e2a2367e-8a83-485c-91a8-367fe593fd42',
      caseRef: 'CSC-2025-0042',
      Name: 'sam okafor',
      EMAIL: 'SAM@EXAMPLE.COM',
      phone: '07700 900123',
      address: '12 high street, leeds',
      Summary: 'my son was left at the bus stop',
      body: 'hello, i am writing about my son',
      subject: 'complaint about harry',
      from: { name: 'Kezia D’Souza', address: 'kezia@example.org' },
      people: [{ fullName: 'JO BLOGGS', displayName: 'jo bloggs', complainantName: 'jo bloggs' }],
      fields: { ContactEmail: 'a@example.org', PhoneNumber: '07700900123', Postcode: 'LS1 4AB' },
    };
    const out = redactValue(value) as Record<string, unknown>;
    const text = JSON.stringify(out).toLowerCase();
    for (const secret of [
      'okafor',
      'sam@example.com',
      '900123',
      'high street',
      'bus stop',
      'my son',
      'harry',
      'kezia',
      'd’souza',
      'bloggs',
      'a@example.org',
      'ls1 4ab',
    ])
      expect(text, secret).not.toContain(secret);
    expect(out.Name).toBe('[redacted]');
    expect(out.Summary).toBe('[redacted]');
    expect(out.subject).toBe('[redacted]');
    // What helps to find a problem, and is not about a person, stays.
    expect(out.status).toBe(201);
    expect(out.listId).toBe(value.listId);
    expect(out.caseRef).toBe('CSC-2025-0042');
  });

  it('redacts the text of other fields too', () => {
    const out = JSON.stringify(
      redactValue({ note: 'ring priya on 07700 900123 or email p@example.com' }),
    );
    expect(out).not.toContain('900123');
    expect(out).not.toContain('p@example.com');
  });
});

describe('redact: what the product logs survives', () => {
  it.each([
    'read 40 items from the cache in 12 ms',
    'read from disk; wrote to the store',
    'fetched 3 lists from graph',
    'GET http://127.0.0.1:4321/v1.0/sites/root/lists/e2a2367e-8a83-485c-91a8-367fe593fd42/items?$top=1 200 in 12 ms',
    'info emulator: Graph emulator listening on http://127.0.0.1:37943 (Graph base URL http://127.0.0.1:37943/v1.0, data in /tmp/tmp.XOizhE1Mae)',
    'saved CSC-2025-0042 and AP-2026-0001 at 2026-12-04T11:27:42Z',
    'Save Case failed: Network Error (HTTP 503 Service Unavailable) at Stage 2',
    'Seeded 600 fictitious cases in 2750 ms.',
    'Provisioned the lists (12 changes).',
    'import [###############...............] 50% 500/1000',
    'Permissions Graph cannot set — make them in the site (Site settings → People and groups, and each list’s Settings → Permissions for this list)',
    '   - Sign-offs: owners Full Control; Complaints officers Read; Complaints managers Read; Heads of service Feedback Desk: add only',
    '   - Action plans: owners Full Control; Complaints officers Contribute; Service directors Read',
    '2. Create the permission level "Feedback Desk: add only": Read, plus Add Items (no Edit, no Delete).',
    'report: using the narrative saved to the site',
    // A cue inside a longer word is no cue: "missing" is not "miss", "fromage" not "from".
    'feedback-desk due: missing --from (the day the clock starts)',
    'dismissed 2 drafts; fromage; hello-world; bestow',
  ])('%s', (line) => {
    expect(redact(line)).toBe(line);
  });
});
