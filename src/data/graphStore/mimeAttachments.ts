/**
 * The names of the files attached to a message, read from its MIME (RFC 2045–2047, 2183,
 * 2231): only the headers and boundaries are read, never the content. Small on purpose: the
 * archive keeps the bytes as they are, this only lists what they hold (docs/architecture.md,
 * "The exact archive").
 *
 * `attachmentNamesIn(bytes of a message with a PDF and a PNG)` → `['Letter.pdf', 'photo 1.png']`
 */
export function attachmentNamesIn(eml: Uint8Array): string[] {
  // One character per byte (code = byte), so offsets and ASCII structure are kept and
  // `charCodeAt(i) & 0xff` gives back the byte. Not TextDecoder('windows-1252'): in a browser
  // it turns 0x80 into '€' (U+20AC), whose low byte is not 0x80.
  const text = bytesAsText(eml);
  const names: string[] = [];
  walk(text, names, 0);
  return names;
}

const MAX_DEPTH = 20;

function walk(entity: string, names: string[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  const split = /\r?\n\r?\n/.exec(entity);
  const head = split ? entity.slice(0, split.index) : entity;
  const body = split ? entity.slice(split.index + split[0].length) : '';
  const headers = parseHeaders(head);
  const type = parseHeaderValue(headers.get('content-type') ?? 'text/plain');
  const disposition = parseHeaderValue(headers.get('content-disposition') ?? '');
  const boundary = type.params.get('boundary');
  if (type.value.startsWith('multipart/') && boundary) {
    for (const part of partsOf(body, boundary)) walk(part, names, depth + 1);
    return;
  }
  const name = disposition.params.get('filename') ?? type.params.get('name');
  const attached =
    disposition.value === 'attachment' || (disposition.value !== 'inline' && name !== undefined);
  if (attached && depth > 0) names.push(name ?? 'unnamed attachment');
}

/** Header fields by lower-case name (the first of each), unfolded. */
function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/** The body parts between `--boundary` lines, up to `--boundary--`. */
function partsOf(body: string, boundary: string): string[] {
  const parts: string[] = [];
  const delimiter = `--${boundary}`;
  const lines = body.split(/\r?\n/);
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === delimiter || trimmed === `${delimiter}--`) {
      if (current) parts.push(current.join('\r\n'));
      if (trimmed.endsWith('--') && trimmed !== delimiter) return parts;
      current = [];
    } else current?.push(line);
  }
  if (current) parts.push(current.join('\r\n'));
  return parts;
}

interface HeaderValue {
  readonly value: string;
  readonly params: Map<string, string>;
}

/**
 * `attachment; filename*=utf-8''caf%C3%A9.pdf` → value `attachment`, filename `café.pdf`;
 * RFC 2231 continuations (`name*0*=…; name*1*=…`) are joined, quoted strings unquoted and
 * encoded words (`=?UTF-8?B?…?=`, which many mailers use against the RFCs) decoded.
 */
function parseHeaderValue(raw: string): HeaderValue {
  const tokens = splitParams(raw);
  const value = (tokens.shift() ?? '').trim().toLowerCase();
  const plain = new Map<string, string>();
  const extended = new Map<string, { charset: string; pieces: Map<number, string> }>();
  for (const token of tokens) {
    const eq = token.indexOf('=');
    if (eq <= 0) continue;
    const key = token.slice(0, eq).trim().toLowerCase();
    const rawValue = unquote(token.slice(eq + 1).trim());
    const continued = /^([^*]+)\*(\d+)?(\*)?$/.exec(key);
    if (!continued) {
      plain.set(key, decodeEncodedWords(rawHeaderText(rawValue)));
      continue;
    }
    const [, base = '', index, starred] = continued;
    const entry = extended.get(base) ?? { charset: 'utf-8', pieces: new Map<number, string>() };
    let piece = rawValue;
    const n = index === undefined ? 0 : Number(index);
    const encoded = starred !== undefined || index === undefined;
    if (encoded && n === 0) {
      const parts = /^([^']*)'[^']*'(.*)$/.exec(piece);
      if (parts) {
        entry.charset = parts[1] || 'utf-8';
        piece = parts[2] ?? '';
      }
    }
    entry.pieces.set(n, encoded ? piece : encodePercent(piece));
    extended.set(base, entry);
  }
  const params = new Map(plain);
  for (const [key, { charset, pieces }] of extended) {
    const joined = [...pieces.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, piece]) => piece)
      .join('');
    params.set(key, percentDecode(joined, charset));
  }
  return { value, params };
}

/** Splits `a; b="x;y"; c` on semicolons outside quotes. */
function splitParams(raw: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw[i] as string;
    if (c === '\\' && quoted) {
      current += c + (raw[i + 1] ?? '');
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
      current += c;
    } else if (c === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.filter((token) => token.trim() !== '');
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
    return value.slice(1, -1).replace(/\\(.)/g, '$1');
  return value;
}

/** A plain continuation piece joined to percent-encoded ones: its bytes as they are. */
const encodePercent = (piece: string) =>
  [...piece].map((c) => `%${(c.charCodeAt(0) & 0xff).toString(16).padStart(2, '0')}`).join('');

/**
 * A name sent as raw 8-bit bytes against RFC 2047 (common): UTF-8 when the bytes are valid
 * UTF-8 (RFC 6532), otherwise Windows-1252, the usual other habit.
 */
function rawHeaderText(value: string): string {
  if (!/[\x80-\xff]/.test(value)) return value;
  const bytes = [...value].map((c) => c.charCodeAt(0) & 0xff);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return decodeBytes(bytes, 'windows-1252');
  }
}

function bytesAsText(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192)
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/**
 * Windows-1252's characters for 0x80–0x9F (0 where it has none). The WHATWG labels
 * iso-8859-1, latin1 and us-ascii mean Windows-1252 too, as mailers do; Node's own
 * TextDecoder gives C1 controls for these bytes, browsers the characters, so the table makes
 * both read a name the same.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeBytes(bytes: number[], charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.trim().toLowerCase());
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown charset
  }
  if (decoder.encoding === 'windows-1252')
    return String.fromCharCode(
      ...bytes.map((b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] || b : b)),
    );
  return decoder.decode(new Uint8Array(bytes));
}

function percentDecode(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '%' && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(value.charCodeAt(i) & 0xff);
  }
  return decodeBytes(bytes, charset);
}

/** `=?UTF-8?B?Q2Fmw6kucGRm?=` → `Café.pdf`; whitespace between encoded words is dropped. */
function decodeEncodedWords(value: string): string {
  const word = /=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g;
  if (!word.test(value)) return value;
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(word, (_all, charset: string, encoding: string, data: string) => {
      const bytes: number[] = [];
      if (encoding.toUpperCase() === 'B') {
        try {
          for (const c of atob(data)) bytes.push(c.charCodeAt(0));
        } catch {
          return data;
        }
      } else {
        for (let i = 0; i < data.length; i += 1) {
          const hex = data.slice(i + 1, i + 3);
          if (data[i] === '=' && /^[0-9a-f]{2}$/i.test(hex)) {
            bytes.push(parseInt(hex, 16));
            i += 2;
          } else bytes.push(data[i] === '_' ? 0x20 : data.charCodeAt(i) & 0xff);
        }
      }
      return decodeBytes(bytes, charset.split('*')[0] ?? 'utf-8');
    });
}
