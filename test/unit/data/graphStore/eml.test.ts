import { describe, expect, it } from 'vitest';
import {
  archiveFileName,
  buildEml,
  encodeHeader,
  rfc5322Date,
} from '../../../../src/data/graphStore/eml';
import { messageKey } from '../../../../src/data/graphStore/messageKey';

const email = {
  internetMessageId: '<abc.123@mail.example.org>',
  subject: 'Complaint about Zoë’s placement',
  from: { name: 'Alex Example', address: 'alex@example.org' },
  to: ['complaints@examplecounty.gov.uk'],
  receivedAt: '2025-12-19T09:30:00Z',
  body: 'Line one\nLine two — with a dash',
};

describe('buildEml', () => {
  const eml = buildEml(email);
  const [head, body] = eml.split('\r\n\r\n') as [string, string];

  it('has the headers a mail client needs, CRLF line ends and no bare LF', () => {
    expect(head).toContain('Message-ID: <abc.123@mail.example.org>');
    expect(head).toContain('Date: Fri, 19 Dec 2025 09:30:00 +0000');
    expect(head).toContain('From: "Alex Example" <alex@example.org>');
    expect(head).toContain('To: complaints@examplecounty.gov.uk');
    expect(head).toContain('MIME-Version: 1.0');
    expect(head).toContain('Content-Type: text/plain; charset=utf-8');
    expect(eml.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('encodes a non-ASCII subject as RFC 2047 words that decode back', () => {
    const subject = /Subject: ([\s\S]*?)\r\nMIME/.exec(head)![1]!;
    const decoded = [...subject.matchAll(/=\?UTF-8\?B\?([^?]+)\?=/g)]
      .map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'))
      .join('');
    expect(decoded).toBe(email.subject);
  });

  it('carries the body in base64 lines of at most 76 characters, decoding to the text with CRLF', () => {
    const lines = body.trim().split('\r\n');
    expect(lines.every((line) => line.length <= 76)).toBe(true);
    expect(Buffer.from(lines.join(''), 'base64').toString('utf8')).toBe(
      'Line one\r\nLine two — with a dash',
    );
  });

  it('cannot be made to inject headers through the subject or name', () => {
    const evil = buildEml({
      ...email,
      subject: 'Hi\r\nBcc: x@evil.example',
      from: { name: 'A\r\nX: y', address: 'a@b.org' },
    });
    expect(evil).not.toMatch(/\r\nBcc:/);
    expect(evil).not.toMatch(/\r\nX: y/);
  });

  it('formats dates and plain headers', () => {
    expect(rfc5322Date('2026-01-07T00:05:09Z')).toBe('Wed, 07 Jan 2026 00:05:09 +0000');
    expect(encodeHeader('Plain subject')).toBe('Plain subject');
  });
});

describe('message keys and archive names', () => {
  it('fingerprints a message id the same with or without angle brackets', async () => {
    const a = await messageKey('<abc@example.org>');
    expect(a).toMatch(/^m:[0-9a-f]{64}$/);
    expect(await messageKey('abc@example.org')).toBe(a);
    expect(await messageKey('<abd@example.org>')).not.toBe(a);
  });

  it('files the email under its case and date', () => {
    expect(archiveFileName('CSC-2025-0042', '2025-12-19T09:30:00Z', 'm:3f2a9c1b7d4e5f60')).toBe(
      'CSC-2025-0042/2025-12-19-3f2a9c1b7d4e.eml',
    );
  });
});
