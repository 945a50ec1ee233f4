import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../../src/domain/format';
import { displayText } from '../../../../src/ui/common/displayText';
import { fillLetter } from '../../../../src/domain/letters/fillLetter';

// One rule for what text from an email may carry onto a screen or into a letter.
const hidden = [
  '\u0000',
  '\u0007',
  '\u000B',
  '\u000C',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];

describe('text from outside as it may be shown or filled into a letter', () => {
  it('removes every control and direction character that draws nothing', () => {
    for (const c of hidden)
      expect(visibleText(`Ann${c}Lee`), `U+${c.codePointAt(0)}`).toBe('AnnLee');
  });

  it('keeps tabs, line feeds (CR LF and CR become LF), right-to-left letters and punctuation', () => {
    expect(visibleText('one\ttwo\r\nthree\rfour\nfive')).toBe('one\ttwo\nthree\nfour\nfive');
    expect(visibleText('سارة أحمد – O’Brien café')).toBe('سارة أحمد – O’Brien café');
  });

  it('is the rule the screens and the letters both apply', () => {
    const name = 'Ann \u202Egro.elpmaxe@nna\u200F\u0085';
    expect(displayText(name)).toBe('Ann gro.elpmaxe@nna');
    expect(fillLetter('Dear {{name}}', { name }).text).toBe('Dear Ann gro.elpmaxe@nna');
  });
});
