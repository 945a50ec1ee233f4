import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../src/data/import/importPlan';
import { MAX_ERRORS_PER_FILE } from '../../../../src/data/import/importError';

const HEADER = 'reference,type,procedure,received,stage1_responded,outcome,closed';
const plan = (files: Record<string, string>, stored: string[] = []) =>
  planImport(new Map(Object.entries(files)), new Set(stored));

describe('planImport: every bad row is named by file, row and column', () => {
  it('accepts a good file', () => {
    const result = plan({
      'cases.csv': `${HEADER}\nCSC-1,complaint,children_statutory,2025-06-02,2025-06-16,upheld,2025-06-16\n`,
    });
    expect(result.errors).toEqual([]);
    expect(result.cases[0]?.case).toMatchObject({
      reference: 'CSC-1',
      status: 'closed',
      currentStage: 1,
    });
    expect(result.cases[0]?.stages).toHaveLength(1);
  });

  it('reads how a case arrived, blank as not recorded, and refuses an unknown way', () => {
    const result = plan({
      'cases.csv': [
        'reference,type,procedure,received,received_via',
        'CSC-1,complaint,corporate,2025-06-02,web_form',
        'CSC-2,compliment,adults_statutory,2025-06-03,',
        'CSC-3,comment,none,2025-06-04,carrier pigeon',
        '',
      ].join('\n'),
    });
    expect(result.errors).toEqual([
      {
        file: 'cases.csv',
        row: 4,
        column: 'received_via',
        message: expect.stringContaining(
          '"carrier pigeon" is not one of email, web_form, phone, letter, in_person or mp_or_councillor',
        ),
      },
    ]);
    const plain = plan({
      'cases.csv':
        'reference,type,procedure,received,received_via\nCSC-1,complaint,corporate,2025-06-02,web_form\nCSC-2,compliment,adults_statutory,2025-06-03,\n',
    });
    expect(plain.cases.map((c) => c.case.receivedVia)).toEqual(['web_form', undefined]);
  });

  it('names missing and unknown columns on the header row', () => {
    const result = plan({ 'cases.csv': 'reference,type,recieved\nCSC-1,complaint,2025-06-02\n' });
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'cases.csv',
        row: 1,
        column: 'recieved',
        message: expect.stringContaining('unknown column "recieved"'),
      }),
      { file: 'cases.csv', row: 1, column: 'procedure', message: 'missing column "procedure"' },
      { file: 'cases.csv', row: 1, column: 'received', message: 'missing column "received"' },
    ]);
    expect(result.cases).toEqual([]);
  });

  it('refuses dates that are not YYYY-MM-DD, or not real days', () => {
    const result = plan({
      'cases.csv': `${HEADER}\nCSC-1,complaint,children_statutory,19/12/2025,,,\nCSC-2,complaint,children_statutory,2025-02-30,,,\n`,
    });
    expect(result.errors).toEqual([
      {
        file: 'cases.csv',
        row: 2,
        column: 'received',
        message: 'received "19/12/2025" is not a date written YYYY-MM-DD (for example 2025-12-19)',
      },
      {
        file: 'cases.csv',
        row: 3,
        column: 'received',
        message: 'received "2025-02-30" is not a date written YYYY-MM-DD (for example 2025-12-19)',
      },
    ]);
  });

  it('lists the codes allowed when a code is unknown', () => {
    const result = plan({
      'cases.csv': `${HEADER},causes\nCSC-1,grumble,children_statutory,2025-06-02,,,,delay;lateness\n`,
    });
    expect(result.errors).toEqual([
      {
        file: 'cases.csv',
        row: 2,
        column: 'type',
        message: 'type "grumble" is not one of complaint, compliment, mp_enquiry or comment',
      },
      expect.objectContaining({
        row: 2,
        column: 'causes',
        message: expect.stringContaining(
          '"lateness", which is not one of professional_decision_making',
        ),
      }),
    ]);
  });

  it('reports a duplicate reference on the later row, naming the first', () => {
    const row = 'CSC-1,complaint,children_statutory,2025-06-02,,,';
    const result = plan({ 'cases.csv': `${HEADER}\n${row}\n${row}\n` });
    expect(result.errors).toEqual([
      {
        file: 'cases.csv',
        row: 3,
        column: 'reference',
        message: 'duplicate: reference CSC-1 is already on row 2',
      },
    ]);
  });

  it('checks dates follow each other and complaints have a procedure', () => {
    const result = plan({
      'cases.csv': `${HEADER}\nCSC-1,complaint,none,2025-06-02,2025-05-30,,\n`,
    });
    expect(result.errors).toEqual([
      {
        file: 'cases.csv',
        row: 2,
        column: 'procedure',
        message:
          'a complaint needs its procedure: children_statutory, adults_statutory or corporate',
      },
      {
        file: 'cases.csv',
        row: 2,
        column: 'stage1_responded',
        message: 'stage1_responded 2025-05-30 is before received 2025-06-02',
      },
    ]);
  });

  it('links costs, actions and Ombudsman cases to cases in the file or already on the site', () => {
    const result = plan(
      {
        'cases.csv': `${HEADER}\nCSC-1,complaint,corporate,2025-06-02,,,\n`,
        'costs.csv':
          'date,type,amount,case_reference\n2025-06-03,redress,10,CSC-1\n2025-06-03,redress,10,OLD-9\n2025-06-03,redress,10,NOPE-1\n2025-06-03,refund,1O,\n',
      },
      ['OLD-9'],
    );
    expect(result.errors).toEqual([
      {
        file: 'costs.csv',
        row: 5,
        column: 'type',
        message: expect.stringContaining('type "refund" is not one of investigating_officer'),
      },
      {
        file: 'costs.csv',
        row: 5,
        column: 'amount',
        message: 'amount must be an amount in pounds such as 1500.50, not "1O"',
      },
      {
        file: 'costs.csv',
        row: 4,
        column: 'case_reference',
        message: 'no case NOPE-1 in cases.csv or on the site',
      },
    ]);
  });

  it('asks a done action for its completion date and evidence', () => {
    const result = plan(
      {
        'actions.csv':
          'case_reference,action,owner,due,status\nCSC-1,Train the team,Manager,2025-07-01,done\n',
      },
      ['CSC-1'],
    );
    expect(result.errors.map((e) => e.column)).toEqual(['completed', 'evidence']);
  });

  it('reads a financial year in context.csv and refuses a wrong one', () => {
    const result = plan({
      'context.csv': 'year,measure,value\n2025-26,referrals,4000\n2025-27,referrals,10\n',
    });
    expect(result.demand).toHaveLength(1);
    expect(result.errors).toEqual([
      {
        file: 'context.csv',
        row: 3,
        column: 'year',
        message: 'year: the two years of a financial year follow each other, e.g. 2024-25',
      },
    ]);
  });

  it('gives a short, capped answer for a large file of garbage', () => {
    const lines = [HEADER];
    for (let i = 0; i < 5000; i += 1) lines.push(`ref${i},${'x'.repeat(20)},?,??,,,`);
    const result = plan({ 'cases.csv': lines.join('\n') });
    expect(result.errors).toHaveLength(MAX_ERRORS_PER_FILE + 1);
    expect(result.errors.at(-1)?.message).toMatch(/^\d+ more errors in cases.csv not listed/);
    expect(result.cases).toEqual([]);
  });

  it('stops at broken quoting with the row where it happened', () => {
    const result = plan({
      'cases.csv': `${HEADER}\nCSC-1,"complaint,children_statutory,2025-06-02,,,\n`,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'cases.csv',
        column: '',
        message: expect.stringMatching(/cannot be read as CSV near row \d/),
      }),
    ]);
  });
});
