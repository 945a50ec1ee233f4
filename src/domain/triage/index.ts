export { suggestTriage } from './suggestTriage';
export {
  findSafeguarding,
  quotesTheSender,
  SAFEGUARDING_TEXT_LIMIT,
  type SafeguardingFinding,
} from './safeguarding';
export { CONCERN_KINDS, CONCERN_NAMES, isConcernKind, type ConcernKind } from './concerns';
export { boundBody, BODY_LIMIT } from './bound';
export { extractReferences } from './references';
export { findMp } from './mp';
export { splitEmail } from './text';
export {
  emptyModel,
  trainModel,
  updateModel,
  predictWithModel,
  modelWeight,
  MIN_EXAMPLES,
  type TriageModel,
  type LabelledEmail,
} from './model';
export { parseModel, triageModelSchema } from './modelSchema';
export { evaluate, meetsTargets, TARGETS, type Evaluation, type LabelledOutcome } from './evaluate';
export * from './types';
export {
  emailInputSchema,
  labelledEmailSchema,
  describeIssue,
  type EmailInput,
  type LabelledCorpusEmail,
} from './emailSchema';
