import { crc32, deflateSync } from 'node:zlib';

/**
 * Real files and a real MIME message for the exact-archive tests, built here byte by byte so
 * nothing depends on a mailer's output: a PDF a reader can open (one page, a correct xref
 * table), a PNG a viewer can open (IHDR, IDAT deflated, IEND, each with its CRC), and a
 * multipart/mixed message holding them with a Windows-1252 text part in 8 bits.
 * All names and addresses are fictitious (example.org, examplecounty.gov.uk).
 */

/** Deterministic bytes covering every value, so a shifted, dropped or re-encoded byte shows. */
export function noiseBytes(length: number, seed = 11): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A one-page PDF; `padding` bytes of binary go into an extra stream to make it as large as needed. */
export function pdfBytes(padding = 0): Buffer {
  const text = 'BT /F1 18 Tf 72 720 Td (Complaint letter - fictitious) Tj ET';
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    ),
    Buffer.from(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    Buffer.concat([
      Buffer.from(`<< /Length ${padding} >>\nstream\n`),
      noiseBytes(padding, 5),
      Buffer.from('\nendstream'),
    ]),
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    chunks.push(obj);
    length += obj.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n');
  chunks.push(Buffer.from(xref));
  return Buffer.concat(chunks);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A width × height RGB PNG of a gradient. */
export function pngBytes(width = 16, height = 12): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter method, no interlace
  const rows: number[] = [];
  for (let y = 0; y < height; y += 1) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x += 1) rows.push((x * 255) / width, (y * 255) / height, 128);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Base64 in lines of 76 characters, as RFC 2045 wants. */
export function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/**
 * "Dear Sir, the café charged me £5 – “twice”." in Windows-1252: E9, A3, 96, 93 and 94 are
 * not valid UTF-8 on their own, so a text decoder anywhere on the way turns them into U+FFFD.
 */
export const WINDOWS_1252_TEXT = Buffer.concat([
  Buffer.from('Dear Sir, the caf', 'ascii'),
  Buffer.from([0xe9]),
  Buffer.from(' charged me ', 'ascii'),
  Buffer.from([0xa3]),
  Buffer.from('5 ', 'ascii'),
  Buffer.from([0x96]),
  Buffer.from(' ', 'ascii'),
  Buffer.from([0x93]),
  Buffer.from('twice', 'ascii'),
  Buffer.from([0x94]),
  Buffer.from('.\r\n', 'ascii'),
]);

export interface BuiltMessage {
  readonly bytes: Buffer;
  readonly messageId: string;
  readonly attachmentNames: readonly string[];
}

/**
 * A complaint email as Outlook would give it (getAsFileAsync): multipart/mixed holding a
 * multipart/alternative (the Windows-1252 text in 8 bits, and quoted-printable HTML), a PDF
 * named in RFC 2231 form and a PNG named by an encoded word. `pdfPadding` grows the PDF so
 * the whole message passes a given size.
 */
export function complaintMessage(options: { pdfPadding?: number; id?: string } = {}): BuiltMessage {
  const messageId = `<archive-${options.id ?? 'fixture'}@mail.example.org>`;
  const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
  const bytes = Buffer.concat([
    crlf([
      'From: Alex Example <alex.example@example.org>',
      'To: Complaints <complaints@examplecounty.gov.uk>',
      'Subject: Complaint about the care home fees',
      'Date: Fri, 19 Dec 2025 09:30:00 +0000',
      `Message-ID: ${messageId}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="outer=_b1"',
      '',
      'This is a multi-part message in MIME format.',
      '--outer=_b1',
      'Content-Type: multipart/alternative; boundary="inner_b2"',
      '',
      '--inner_b2',
      'Content-Type: text/plain; charset=windows-1252',
      'Content-Transfer-Encoding: 8bit',
      '',
    ]),
    WINDOWS_1252_TEXT,
    crlf([
      '--inner_b2',
      'Content-Type: text/html; charset=iso-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>Dear Sir, the caf=E9 charged me =A35.</p>',
      '--inner_b2--',
      '',
      '--outer=_b1',
      'Content-Type: application/pdf',
      "Content-Disposition: attachment; filename*=utf-8''Fee%20letter%20%E2%80%93%20Dec.pdf",
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(pdfBytes(options.pdfPadding ?? 0)),
      '--outer=_b1',
      'Content-Type: image/png; name="=?UTF-8?B?cmVjZWlwdCBjYWbDqS5wbmc=?="',
      'Content-Disposition: attachment',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(pngBytes()),
      '--outer=_b1--',
    ]),
  ]);
  return { bytes, messageId, attachmentNames: ['Fee letter – Dec.pdf', 'receipt café.png'] };
}

/** A complaint message of at least `size` bytes (the PDF grows; base64 adds a third). */
export function complaintMessageOfSize(size: number, id: string): BuiltMessage {
  const base = complaintMessage({ id }).bytes.length;
  const padding = Math.max(0, Math.ceil(((size - base) * 3) / 4 / 57) * 57 + 57);
  return complaintMessage({ pdfPadding: padding, id });
}
