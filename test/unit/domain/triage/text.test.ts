import { describe, expect, it } from 'vitest';
import { splitEmail } from '../../../../src/domain/triage';

describe('splitEmail', () => {
  it('separates the new text from ">" quoted lines in a reply', () => {
    const parts = splitEmail(
      'RE: Stage 1 response',
      'Not good enough.\n\n> Dear Mr A,\n> Stage 2 is open to you.',
    );
    expect(parts.isReply).toBe(true);
    expect(parts.own.trim()).toBe('Not good enough.');
    expect(parts.quoted).toContain('Stage 2 is open to you.');
    expect(parts.subject).toBe('Stage 1 response');
  });

  it('treats everything after "On … wrote:" or an Outlook header block as quoted', () => {
    const wrote = splitEmail(
      'Re: bins',
      'Thanks!\n\nOn Mon, 3 Mar 2025 at 09:00, Council <c@example.gov.uk> wrote:\nWe will come.',
    );
    expect(wrote.own.trim()).toBe('Thanks!');
    expect(wrote.quoted).toContain('We will come.');
    const outlook = splitEmail(
      'RE: bins',
      'Still waiting.\n\nFrom: Council\nSent: 3 March 2025\nSubject: bins\nWe will come.',
    );
    expect(outlook.own.trim()).toBe('Still waiting.');
    expect(outlook.quoted).toContain('We will come.');
  });

  it('keeps a forwarded message as forwarded, not quoted', () => {
    const parts = splitEmail(
      'FW: complaint',
      'Please log.\n\n-----Original Message-----\nFrom: X\nI wish to complain.',
    );
    expect(parts.isForward).toBe(true);
    expect(parts.forwarded).toContain('I wish to complain.');
    expect(parts.quoted).toBe('');
  });
});
