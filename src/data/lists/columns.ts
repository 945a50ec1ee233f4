/**
 * Column definitions in Graph's `columnDefinition` shape, built by small helpers so each
 * list file reads like a table. Every column we filter or sort on is `indexed` (SharePoint
 * refuses such queries on lists past 5,000 items otherwise); unique columns are indexed too.
 */
export type ColumnDefinition = Readonly<Record<string, unknown>> & { readonly name: string };

interface Common {
  readonly indexed?: boolean;
  readonly required?: boolean;
  readonly unique?: boolean;
  readonly description?: string;
  readonly displayName?: string;
}

function base(name: string, common: Common): Record<string, unknown> & { name: string } {
  return {
    name,
    displayName: common.displayName ?? name.replace(/([a-z])([A-Z])/g, '$1 $2'),
    ...(common.description ? { description: common.description } : {}),
    indexed: common.indexed === true || common.unique === true,
    required: common.required === true,
    enforceUniqueValues: common.unique === true,
  };
}

/** Single line of text (at most 255 characters: indexable). */
export const textColumn = (
  name: string,
  common: Common = {},
  maxLength = 255,
): ColumnDefinition => ({
  ...base(name, common),
  text: { allowMultipleLines: false, maxLength },
});

/** Multiple lines of plain text: long text and JSON of nested arrays. Never indexed. */
export const noteColumn = (
  name: string,
  common: Omit<Common, 'indexed' | 'unique'> = {},
): ColumnDefinition => ({
  ...base(name, common),
  text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 },
});

/** A choice of codes; `multi` for several (multi-choice columns cannot be indexed). */
export const choiceColumn = (
  name: string,
  choices: readonly string[],
  common: Common & { readonly multi?: boolean } = {},
): ColumnDefinition => ({
  ...base(name, common),
  choice: {
    allowTextEntry: false,
    choices: [...choices],
    displayAs: common.multi ? 'checkBoxes' : 'dropDownMenu',
  },
});

/** A calendar date (stored as midnight UTC). */
export const dateColumn = (name: string, common: Common = {}): ColumnDefinition => ({
  ...base(name, common),
  dateTime: { displayAs: 'standard', format: 'dateOnly' },
});

/** A date and time (an instant). */
export const dateTimeColumn = (name: string, common: Common = {}): ColumnDefinition => ({
  ...base(name, common),
  dateTime: { displayAs: 'standard', format: 'dateTime' },
});

export const numberColumn = (
  name: string,
  common: Common = {},
  decimalPlaces = 'none',
): ColumnDefinition => ({
  ...base(name, common),
  number: { decimalPlaces, displayAs: 'number' },
});

/** Pounds and pence. */
export const currencyColumn = (name: string, common: Common = {}): ColumnDefinition => ({
  ...base(name, common),
  currency: { locale: 'en-gb' },
});

export const booleanColumn = (name: string, common: Common = {}): ColumnDefinition => ({
  ...base(name, common),
  boolean: {},
});

/** The record version an item was written with, so older items migrate on read. */
export const schemaVersionColumn = (): ColumnDefinition =>
  numberColumn('SchemaVersion', {
    description:
      'Version of the record format (Feedback Desk migrates older items when it reads them).',
  });
