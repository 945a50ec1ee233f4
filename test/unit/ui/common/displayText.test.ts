import { describe, expect, it } from 'vitest';
import { displayText } from '../../../../src/ui/common/displayText';

describe('text from an email as it may be shown', () => {
  it('drops bidirectional overrides, embeddings and isolates that could reorder what follows', () => {
    expect(displayText('Ann \u202Egro.elpmaxe@nna')).toBe('Ann gro.elpmaxe@nna');
    expect(displayText('\u2067x\u2069 \u202Ay\u202C \u202Dz')).toBe('x y z');
  });

  it('drops C0 and C1 controls and DEL, keeps tabs and line breaks', () => {
    expect(displayText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg')).toBe('abcdefg');
    expect(displayText('one\ttwo\nthree\r\nfour\rfive')).toBe('one\ttwo\nthree\nfour\nfive');
  });

  it('keeps right-to-left letters and ordinary punctuation as written', () => {
    expect(displayText('سارة أحمد <sara@example.org>')).toBe('سارة أحمد <sara@example.org>');
    expect(displayText('O’Brien – café')).toBe('O’Brien – café');
  });
});
