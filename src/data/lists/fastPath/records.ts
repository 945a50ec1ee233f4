import {
  causes,
  complainants,
  correspondenceRecord,
  correspondenceSchema,
  feedbackCaseRecord,
  feedbackCaseSchema,
  feedbackTypes,
  learningCategories,
  outcomes,
  procedures,
  stageNumbers,
  stageRecord,
  stageSchema,
} from '../../../domain/records';
import {
  boolean,
  bySchema,
  fastObject,
  isoDate,
  listOf,
  literal,
  oneOf,
  optional,
  orNull,
  required,
  text,
  trimmed,
  withDefault,
  type FieldRule,
} from './checks';

/**
 * The common shapes of the three big lists (cases, stages, correspondence: ~90% of a
 * snapshot's items), rule for rule as their schemas in src/domain/records say. Rare parts
 * (a safeguarding referral, a compliment, an MP, an extension, pauses) and instants are
 * checked by their own schemas. A test pins each schema's keys and limits, so a change there
 * shows up here.
 */

const person = fastObject([required('name', trimmed(1)), optional('upn', trimmed(1))]);
const caseShape = feedbackCaseSchema.shape;

export const caseRules: readonly FieldRule[] = [
  required('schemaVersion', literal(feedbackCaseRecord.version)),
  required('reference', trimmed(1, 64)),
  required('type', oneOf(feedbackTypes)),
  required('procedure', orNull(oneOf(procedures))),
  required('status', oneOf(['open', 'closed'])),
  required('currentStage', oneOf(stageNumbers)),
  required('received', isoDate),
  optional('receivedAt', bySchema(caseShape.receivedAt)),
  withDefault('summary', text(4000), () => ''),
  withDefault('complainant', oneOf(complainants), () => 'not_recorded'),
  optional('serviceArea', trimmed()),
  withDefault('causes', listOf(causes), () => []),
  optional('owner', (value) =>
    typeof value === 'object' && value !== null
      ? (person(value as Record<string, unknown>) ?? bySchema(caseShape.owner)(value))
      : bySchema(caseShape.owner)(value),
  ),
  withDefault('earlyResolution', boolean, () => false),
  optional('outcome', oneOf(outcomes)),
  optional('closed', isoDate),
  optional('acknowledged', isoDate),
  optional('responded', isoDate),
  withDefault('learning', listOf(learningCategories), () => []),
  withDefault('jointWithNhs', boolean, () => false),
  withDefault('timeLimitWaived', boolean, () => false),
  optional('safeguarding', bySchema(caseShape.safeguarding)),
  optional('compliment', bySchema(caseShape.compliment)),
  optional('mp', bySchema(caseShape.mp)),
  optional('conversationId', text()),
];

const stageShape = stageSchema.shape;

export const stageRules: readonly FieldRule[] = [
  required('schemaVersion', literal(stageRecord.version)),
  required('caseReference', trimmed(1, 64)),
  required('number', oneOf(stageNumbers)),
  required('requested', isoDate),
  optional('started', isoDate),
  optional('acknowledged', isoDate),
  optional('responded', isoDate),
  optional('extension', bySchema(stageShape.extension)),
  withDefault('complex', boolean, () => false),
  withDefault(
    'pauses',
    (value) =>
      Array.isArray(value) && value.length === 0 ? [] : bySchema(stageShape.pauses)(value),
    () => [],
  ),
  optional('panelMet', isoDate),
  optional('panelReport', isoDate),
  optional('outcome', oneOf(outcomes)),
];

const correspondenceShape = correspondenceSchema.shape;

export const correspondenceRules: readonly FieldRule[] = [
  required('schemaVersion', literal(correspondenceRecord.version)),
  required('caseReference', trimmed(1, 64)),
  required('direction', oneOf(['incoming', 'outgoing'])),
  withDefault('channel', oneOf(['email', 'letter', 'phone', 'meeting', 'other']), () => 'email'),
  required('at', bySchema(correspondenceShape.at)),
  withDefault('subject', text(255), () => ''),
  optional('fromName', text(255)),
  optional('fromAddress', text(320)),
  optional('internetMessageId', text(998)),
  optional('conversationId', text(512)),
  optional('archivePath', text()),
  optional('note', text(4000)),
];

/** `readCaseFast(mapped)` → the FeedbackCase zod would give, or undefined (ask zod). */
export const readCaseFast = fastObject(caseRules);
export const readStageFast = fastObject(stageRules);
export const readCorrespondenceFast = fastObject(correspondenceRules);
