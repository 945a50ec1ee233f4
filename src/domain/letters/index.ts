/** Letters the officer sends from the pane: templates, their checks and their filling. */
export * from './letterTemplate';
export { councilLetter, shippedLetter } from './shippedLetters';
export {
  fillLetter,
  letterValues,
  type FilledLetter,
  type LetterFacts,
  type LetterValues,
} from './fillLetter';
