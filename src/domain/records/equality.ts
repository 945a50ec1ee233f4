import { z } from 'zod';
import { caseReferenceSchema } from './fields';
import { defineRecord } from './versioned';

/**
 * Equality monitoring: what a complainant chose to tell the council about themselves, asked
 * so the complaints manager can show that everyone is able to complain (docs/domain.md,
 * "Equality monitoring"). Every answer is optional. "Prefer not to say" is an answer of its
 * own (`not_disclosed`), reported as such; a question left out is simply absent, reported as
 * "not recorded". Codes are stored and reported: never renamed.
 */
export const NOT_DISCLOSED = 'not_disclosed';

/** The Office for National Statistics' high-level ethnic groups (England), White split as councils publish it. */
export const ethnicities = [
  'asian',
  'black',
  'mixed',
  'white_british',
  'white_other',
  'other',
  NOT_DISCLOSED,
] as const;
export type Ethnicity = (typeof ethnicities)[number];

/** Whether they consider themselves disabled (the Equality Act 2010's definition). */
export const disabilityAnswers = ['yes', 'no', NOT_DISCLOSED] as const;
export type DisabilityAnswer = (typeof disabilityAnswers)[number];

/** The complainant's age, in the bands councils publish. */
export const complainantAgeBands = [
  'under_18',
  '18_24',
  '25_34',
  '35_44',
  '45_54',
  '55_64',
  '65_74',
  '75_over',
  NOT_DISCLOSED,
] as const;
export type ComplainantAgeBand = (typeof complainantAgeBands)[number];

/** Sex, as the census asks it. */
export const sexAnswers = ['female', 'male', NOT_DISCLOSED] as const;
export type SexAnswer = (typeof sexAnswers)[number];

/** The four questions, each with its answers in the order forms and tables show them. */
export const equalityQuestions = {
  ethnicity: ethnicities,
  disability: disabilityAnswers,
  ageBand: complainantAgeBands,
  sex: sexAnswers,
} as const;
export type EqualityQuestion = keyof typeof equalityQuestions;
export const equalityQuestionKeys = Object.keys(equalityQuestions) as EqualityQuestion[];

const notDisclosedLabel = 'Prefer not to say';

export const equalityAnswerLabels: {
  readonly [Q in EqualityQuestion]: Record<(typeof equalityQuestions)[Q][number], string>;
} = {
  ethnicity: {
    asian: 'Asian or Asian British',
    black: 'Black, Black British, Caribbean or African',
    mixed: 'Mixed or multiple ethnic groups',
    white_british: 'White British',
    white_other: 'White: any other White background',
    other: 'Other ethnic group',
    not_disclosed: notDisclosedLabel,
  },
  disability: { yes: 'Disabled', no: 'Not disabled', not_disclosed: notDisclosedLabel },
  ageBand: {
    under_18: 'Under 18',
    '18_24': '18 to 24',
    '25_34': '25 to 34',
    '35_44': '35 to 44',
    '45_54': '45 to 54',
    '55_64': '55 to 64',
    '65_74': '65 to 74',
    '75_over': '75 and over',
    not_disclosed: notDisclosedLabel,
  },
  sex: { female: 'Female', male: 'Male', not_disclosed: notDisclosedLabel },
};

export const equalityQuestionLabels: Record<EqualityQuestion, string> = {
  ethnicity: 'Ethnic group',
  disability: 'Disability',
  ageBand: 'Age',
  sex: 'Sex',
};

/**
 * One complainant's answers, kept apart from the case in a list only complaints managers can
 * open (one item per case), so officers handling the complaint never see them.
 */
export const equalitySchema = z.object({
  schemaVersion: z.literal(1),
  caseReference: caseReferenceSchema,
  ethnicity: z.enum(ethnicities).optional(),
  disability: z.enum(disabilityAnswers).optional(),
  ageBand: z.enum(complainantAgeBands).optional(),
  sex: z.enum(sexAnswers).optional(),
});
export type EqualityMonitoring = z.infer<typeof equalitySchema>;

export const equalityRecord = defineRecord({
  name: 'Equality monitoring',
  version: 1,
  schema: equalitySchema,
  migrations: {},
});

/** No question answered, not even "prefer not to say": nothing worth keeping. */
export const answersNothing = (e: EqualityMonitoring): boolean =>
  equalityQuestionKeys.every((q) => e[q] === undefined);
