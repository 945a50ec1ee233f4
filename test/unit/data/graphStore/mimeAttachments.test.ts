import { describe, expect, it } from 'vitest';
import { attachmentNamesIn } from '../../../../src/data/graphStore/mimeAttachments';
import { complaintMessage } from '../../../support/mimeMessage';

/**
 * The MIME reader behind the correspondence's attachment names (docs/architecture.md, "The
 * exact archive"). It reads headers and boundaries only: the archive keeps the bytes, so
 * bodies in base64, quoted-printable or 8 bits are never decoded, and a message it cannot
 * make sense of gives fewer names, never an error and never a changed archive.
 * Cases written from RFC 2045–2047, 2183 and 2231 and from mailers' habits.
 */
const bytes = (...lines: (string | Buffer)[]): Uint8Array =>
  new Uint8Array(
    Buffer.concat(
      lines.map((l) => (typeof l === 'string' ? Buffer.from(`${l}\r\n`, 'latin1') : l)),
    ),
  );

const names = (...lines: (string | Buffer)[]) => attachmentNamesIn(bytes(...lines));

describe('attachment names from a message', () => {
  it('reads the fixture complaint: a PDF by RFC 2231, a PNG by an encoded word, not the text parts', () => {
    expect(attachmentNamesIn(new Uint8Array(complaintMessage().bytes))).toEqual([
      'Fee letter – Dec.pdf',
      'receipt café.png',
    ]);
  });

  it('splits on the boundary only, with a preamble and an epilogue, in LF-only files too', () => {
    const message = [
      'Content-Type: multipart/mixed; boundary=plain-b',
      '',
      'preamble --plain-b is not a delimiter inside a line',
      '--plain-b',
      'Content-Type: text/plain',
      '',
      'hello',
      '--plain-b',
      'Content-Type: application/pdf; name="a.pdf"',
      '',
      'JVBERi0=',
      '--plain-b--',
      'epilogue',
      '--plain-b',
      'Content-Type: application/pdf; name="after-the-end.pdf"',
      '',
    ];
    expect(names(...message)).toEqual(['a.pdf']);
    const lfOnly = new TextEncoder().encode(message.join('\n'));
    expect(attachmentNamesIn(lfOnly)).toEqual(['a.pdf']);
  });

  it('walks nested multiparts, leaving out inline images of the HTML body', () => {
    expect(
      names(
        'Content-Type: multipart/mixed; boundary="m1"',
        '',
        '--m1',
        'Content-Type: multipart/related; boundary="m2"',
        '',
        '--m2',
        'Content-Type: multipart/alternative; boundary="m3"',
        '',
        '--m3',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'text',
        '--m3',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<img src="cid:logo">',
        '--m3--',
        '--m2',
        'Content-Type: image/png; name="logo.png"',
        'Content-Disposition: inline; filename="logo.png"',
        'Content-ID: <logo>',
        '',
        'iVBORw0KGgo=',
        '--m2--',
        '--m1',
        'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition: attachment;',
        ' filename="Care plan.docx"',
        '',
        'UEsDBA==',
        '--m1--',
      ),
    ).toEqual(['Care plan.docx']);
  });

  it('decodes names in Windows-1252 and ISO-8859-1, by RFC 2231 and by encoded words (B and Q)', () => {
    expect(
      names(
        'Content-Type: multipart/mixed; boundary=b',
        '',
        '--b',
        "Content-Disposition: attachment; filename*0*=iso-8859-1''Caf%E9%20men; filename*1*=u.pdf",
        '',
        '--b',
        'Content-Disposition: attachment; filename="=?windows-1252?Q?Receipt_=80_=93paid=94.txt?="',
        '',
        '--b',
        'Content-Type: image/jpeg; name="=?ISO-8859-1?B?RulpbC5qcGc=?="',
        '',
        '--b',
        "Content-Disposition: attachment; filename*=UTF-8''%E2%82%AC%20note.txt",
        '',
        '--b--',
      ),
    ).toEqual(['Café menu.pdf', 'Receipt € “paid”.txt', 'Féil.jpg', '€ note.txt']);
  });

  it('reads a name sent as raw 8-bit bytes: UTF-8 when valid, otherwise Windows-1252', () => {
    expect(
      names(
        'Content-Type: multipart/mixed; boundary=b',
        '',
        '--b',
        Buffer.concat([
          Buffer.from('Content-Disposition: attachment; filename="Caf'),
          Buffer.from('é – menu.pdf"\r\n\r\n', 'utf8'),
        ]),
        '--b',
        Buffer.concat([
          Buffer.from('Content-Disposition: attachment; filename="Caf'),
          Buffer.from([0xe9, 0x20, 0x80, 0x20, 0x93, 0x61, 0x94]),
          Buffer.from('.txt"\r\n\r\n'),
        ]),
        '--b--',
      ),
    ).toEqual(['Café – menu.pdf', 'Café € “a”.txt']);
  });

  it('joins encoded words split over a folded header without the space between them', () => {
    expect(
      names(
        'Content-Type: multipart/mixed; boundary=b',
        '',
        '--b',
        'Content-Type: application/pdf;',
        '\tname="=?UTF-8?Q?Stage_2_?=',
        ' =?UTF-8?Q?response_=E2=80=93_final.pdf?="',
        '',
        '--b--',
      ),
    ).toEqual(['Stage 2 response – final.pdf']);
  });

  it('counts an attachment with no name, and reads a semicolon inside quotes as part of the name', () => {
    expect(
      names(
        'Content-Type: multipart/mixed; boundary=b',
        '',
        '--b',
        'Content-Type: application/octet-stream',
        'Content-Disposition: attachment',
        '',
        '--b',
        'Content-Disposition: attachment; filename="minutes; draft \\"2\\".txt"',
        '',
        '--b--',
      ),
    ).toEqual(['unnamed attachment', 'minutes; draft "2".txt']);
  });

  it('never decodes bodies: a base64, quoted-printable or 8-bit body does not change the names', () => {
    const body8bit = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0d, 0x0a]); // Café in Windows-1252
    expect(
      names(
        'Content-Type: multipart/mixed; boundary=b',
        '',
        '--b',
        'Content-Type: text/plain; charset=windows-1252',
        'Content-Transfer-Encoding: 8bit',
        '',
        body8bit,
        '--b',
        'Content-Type: text/plain; charset=iso-8859-1; name="note.txt"',
        'Content-Transfer-Encoding: quoted-printable',
        'Content-Disposition: attachment',
        '',
        '--b=3D not a boundary, =E9',
        '--b',
        'Content-Type: application/pdf; name="x.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        'LS1iLS0K',
        '--b--',
      ),
    ).toEqual(['note.txt', 'x.pdf']);
  });

  it('gives what it can from malformed messages, without throwing', () => {
    // No closing delimiter (a cut-off message): the parts read so far still count.
    expect(
      names(
        'Content-Type: multipart/mixed; boundary=b',
        '',
        '--b',
        'Content-Type: application/pdf; name="first.pdf"',
        '',
        'JVBE',
      ),
    ).toEqual(['first.pdf']);
    // A multipart without a boundary parameter, a boundary that never appears, a bad base64 word,
    // an unknown charset, headers only, nothing at all.
    expect(names('Content-Type: multipart/mixed', '', '--x', 'body')).toEqual([]);
    expect(names('Content-Type: multipart/mixed; boundary=zz', '', 'no parts here')).toEqual([]);
    expect(
      names(
        'Content-Type: multipart/mixed; boundary=b',
        '',
        '--b',
        'Content-Type: application/pdf; name="=?UTF-8?B?!!!?="',
        '',
        '--b',
        'Content-Disposition: attachment; filename="=?x-unknown?Q?plain.txt?="',
        '',
        '--b--',
      ),
    ).toEqual(['!!!', 'plain.txt']);
    expect(names('Subject: only headers')).toEqual([]);
    expect(attachmentNamesIn(new Uint8Array())).toEqual([]);
  });

  it('stops at a depth no real message reaches instead of running away', () => {
    const depth = 40;
    const lines: string[] = [];
    for (let i = 0; i < depth; i += 1)
      lines.push(`Content-Type: multipart/mixed; boundary=d${i}`, '', `--d${i}`);
    lines.push('Content-Disposition: attachment; filename="deep.txt"', '');
    expect(names(...lines)).toEqual([]);
    const shallow: string[] = [];
    for (let i = 0; i < 5; i += 1)
      shallow.push(`Content-Type: multipart/mixed; boundary=d${i}`, '', `--d${i}`);
    shallow.push('Content-Disposition: attachment; filename="deep.txt"', '');
    expect(names(...shallow)).toEqual(['deep.txt']);
  });
});
