import { describe, expect, it } from 'vitest';
import { readable, sourceSpan } from '../../../../src/domain/triage/normalise';

/** Examples invented for these tests (fictitious people, no email from any evaluation set). */
const read = (text: string): string => readable(text, 20_000).text;

describe('readable: text as the safeguarding rules read it', () => {
  it('lower-cases and folds runs of spaces and tabs into one space', () => {
    expect(read('My  Nan\tIS   Frail')).toBe('my nan is frail');
  });

  it('keeps one line break where one or more lines ended', () => {
    expect(read('first line\n\n\n  second line')).toBe('first line\nsecond line');
  });

  it.each([
    ['rn im at my aunties', 'right now i am at my aunties'],
    ['coz he was shouting', 'because he was shouting'],
    ['cos of my stepdad', 'because of my step dad'],
    ['cuz shes scared', 'because she is scared'],
    ['plz help', 'please help'],
    ['ur the only one', 'your the only one'],
    ['can u ring', 'can you ring'],
    ['i dont want to go', 'i do not want to go'],
    ['he didnt come', 'he did not come'],
    ['she wont let me', 'she will not let me'],
    ['hes back', 'he is back'],
    ['wen mum is out', 'when mum is out'],
    ['every nite', 'every night'],
    ['2nite', 'tonight'],
    ['tonite', 'tonight'],
    ['he hurted my arm', 'he hurt my arm'],
  ])('spells out text-speak: %j', (typed, meant) => {
    expect(read(typed)).toBe(meant);
  });

  it.each([
    ['b4 school', 'before school'],
    ['idk wat to do', 'i do not know what to do'],
    ['dunno who to tell', 'do not know who to tell'],
    ['evry1 is asleep', 'everyone is asleep'],
    ['nuffin in the fridge', 'nothing in the fridge'],
    ['he came in lastnite', 'he came in last night'],
    ['hitme with a shoe', 'hit me with a shoe'],
    ['bags, coats ect.', 'bags, coats etc.'],
    ['dnt tell', 'do not tell'],
    ['thru the wall', 'through the wall'],
  ])('spells out more text-speak and run-together words: %j', (typed, meant) => {
    expect(read(typed)).toBe(meant);
  });

  it.each([
    ['plzzzz', 'please'],
    ['pleeeease', 'please'],
    ['helppp me', 'help me'],
    ['im sooooo scareddd', 'i am so scared'],
    ['nooo', 'no'],
    ['i feeeel sick', 'i feel sick'],
    ['it has been tooooo long', 'it has been too long'],
    ['stillll here', 'still here'],
  ])('reads a stretched word as the word: %j', (typed, meant) => {
    expect(read(typed)).toBe(meant);
  });

  it('leaves ordinary words, numbers and short doubled words alone', () => {
    expect(read('The book was 2000 pages, see you at 3pm')).toBe(
      'the book was 2000 pages, see you at 3pm',
    );
    expect(read('Call 07700 900123 by 10am')).toBe('call 07700 900123 by 10am');
  });

  it('keeps the sender\u2019s own words for quoting, however much was spelled out', () => {
    const source = 'ok so rn im realy scaredddd coz he hitme agen';
    const r = readable(source, 20_000);
    const at = r.text.indexOf('hit me again');
    expect(at).toBeGreaterThan(0);
    expect(sourceSpan(r, at, at + 'hit me again'.length)).toBe('hitme agen');
    const scared = r.text.indexOf('scared');
    expect(sourceSpan(r, scared, scared + 'scared'.length)).toBe('scaredddd');
  });

  it('stops at the limit and says so', () => {
    const r = readable('word '.repeat(1000), 100);
    expect(r.text.length).toBeLessThanOrEqual(110);
    expect(r.truncated).toBe(true);
    expect(readable('short', 100).truncated).toBe(false);
  });

  it('runs in time proportional to the text on a long stretched run', () => {
    // One "word" of 200,000 repeated letters is read once, not once per letter.
    const r = readable(`a${'e'.repeat(200_000)}h`, 20_000);
    expect(r.text).toBe('aeh');
  });
});
