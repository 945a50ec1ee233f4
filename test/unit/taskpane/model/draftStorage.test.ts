import { describe, expect, it } from 'vitest';
import { clearDraft, readDraft, writeDraft } from '../../../../src/taskpane/model/draftStorage';
import type { CaseDraft } from '../../../../src/ui/triage/caseDraft';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

const draft = {
  type: 'complaint',
  summary: 'half typed',
  receivedVia: 'letter',
  quote: '',
} as unknown as CaseDraft;

describe('drafts', () => {
  it('keeps one draft per email until cleared, keyed without the message id itself', () => {
    const storage = memoryStorage();
    writeDraft('<m1@mail.example>', draft, storage);
    expect(readDraft('<m1@mail.example>', storage)).toEqual(draft);
    expect(readDraft('<m2@mail.example>', storage)).toBeUndefined();
    expect(storage.key(0)).toMatch(/^feedback-desk\.draft\.[0-9a-f]+$/);
    clearDraft('<m1@mail.example>', storage);
    expect(readDraft('<m1@mail.example>', storage)).toBeUndefined();
  });

  it('reads a draft kept before "how it arrived" and the quotation existed: by email, no words', () => {
    const storage = memoryStorage();
    const older = { type: 'comment', summary: 'kept earlier' } as unknown as CaseDraft;
    writeDraft('<m1@mail.example>', older, storage);
    expect(readDraft('<m1@mail.example>', storage)).toEqual({
      ...older,
      receivedVia: 'email',
      quote: '',
    });
  });

  it('ignores a damaged draft', () => {
    const storage = memoryStorage();
    writeDraft('<m1@mail.example>', draft, storage);
    storage.setItem(storage.key(0)!, '{not json');
    expect(readDraft('<m1@mail.example>', storage)).toBeUndefined();
  });
});
