import { badRequest } from '../graph/errors';

export const COLUMN_KINDS = [
  'text',
  'choice',
  'dateTime',
  'number',
  'currency',
  'boolean',
  'personOrGroup',
  'lookup',
] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** Facets Graph has that the emulator does not implement: rejected with a clear message. */
const UNSUPPORTED_FACETS = [
  'calculated',
  'contentApprovalStatus',
  'geolocation',
  'hyperlinkOrPicture',
  'term',
  'thumbnail',
];

/** A column as Graph describes it (columnDefinition), minus `id`. */
export type ColumnDefinition = Record<string, unknown> & { name: string };

/** A column with what the emulator derives from its definition. */
export interface Column {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly system: boolean;
  readonly definition: ColumnDefinition;
  readonly kind: ColumnKind;
  /** Multi-choice (`displayAs: checkBoxes`), multi-lookup, multi-person. */
  readonly multi: boolean;
  readonly indexed: boolean;
  readonly required: boolean;
  readonly unique: boolean;
  readonly readOnly: boolean;
  /** Key in `fields`: `Status`, or `CaseLookupId` for a single-value lookup. */
  readonly fieldKey: string;
  /** SQL expression for filters, ordering and indexes (text: with `COLLATE NOCASE`). */
  readonly sqlExpr: string;
}

const FACET_DEFAULTS: Record<ColumnKind, Record<string, unknown>> = {
  text: {
    allowMultipleLines: false,
    appendChangesToExistingText: false,
    linesForEditing: 0,
    maxLength: 255,
  },
  choice: { allowTextEntry: true, choices: [], displayAs: 'dropDownMenu' },
  dateTime: { displayAs: 'default', format: 'dateTime' },
  number: { decimalPlaces: 'automatic', displayAs: 'number' },
  currency: { locale: 'en-gb' },
  boolean: {},
  personOrGroup: {
    allowMultipleSelection: false,
    chooseFromType: 'peopleOnly',
    displayAs: 'account',
  },
  lookup: { allowMultipleValues: false, allowUnlimitedLength: false, columnName: 'Title' },
};

/** SharePoint internal names: letters, digits and underscores (spaces are `_x0020_`). */
const INTERNAL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;

export function kindOf(definition: Record<string, unknown>): ColumnKind | undefined {
  return COLUMN_KINDS.find((kind) => definition[kind] !== undefined && definition[kind] !== null);
}

/**
 * Checks a POSTed columnDefinition and fills Graph's defaults.
 *   normaliseDefinition({ name: 'Status', choice: { choices: ['open'] } })
 *   → { name: 'Status', displayName: 'Status', indexed: false, ..., choice: { allowTextEntry: true, choices: ['open'], displayAs: 'dropDownMenu' } }
 */
export function normaliseDefinition(input: unknown): ColumnDefinition {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw badRequest('A column definition must be a JSON object.');
  const body = input as Record<string, unknown>;
  const name = body.name ?? body.displayName;
  if (typeof name !== 'string' || name === '') throw badRequest("Column 'name' is required.");
  if (!INTERNAL_NAME.test(name))
    throw badRequest(
      `Column name '${name}' is not valid: use letters, digits and underscores (encode spaces as _x0020_).`,
    );
  const unsupported = UNSUPPORTED_FACETS.find((facet) => body[facet] !== undefined);
  if (unsupported)
    throw badRequest(`Column type '${unsupported}' is not supported by the emulator.`);
  const kinds = COLUMN_KINDS.filter((kind) => body[kind] !== undefined && body[kind] !== null);
  if (kinds.length !== 1)
    throw badRequest(
      kinds.length === 0
        ? `Column '${name}' needs exactly one type facet (${COLUMN_KINDS.join(', ')}).`
        : `Column '${name}' has more than one type facet: ${kinds.join(', ')}.`,
    );
  const kind = kinds[0] as ColumnKind;
  const facet = body[kind];
  if (typeof facet !== 'object' || Array.isArray(facet))
    throw badRequest(`Column '${name}': '${kind}' must be an object.`);
  if (kind === 'lookup' && typeof (facet as Record<string, unknown>).listId !== 'string')
    throw badRequest(`Lookup column '${name}' needs 'lookup.listId'.`);
  const unique = body.enforceUniqueValues === true;
  return {
    columnGroup: 'Custom Columns',
    description: typeof body.description === 'string' ? body.description : '',
    displayName: typeof body.displayName === 'string' ? body.displayName : name,
    enforceUniqueValues: unique,
    hidden: body.hidden === true,
    // SharePoint only enforces unique values on an indexed column, so it indexes it.
    indexed: body.indexed === true || unique,
    name,
    readOnly: false,
    required: body.required === true,
    [kind]: { ...FACET_DEFAULTS[kind], ...(facet as Record<string, unknown>) },
  };
}

/** Applies a PATCH body to a stored definition; the type cannot change. */
export function patchDefinition(current: ColumnDefinition, patch: unknown): ColumnDefinition {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
    throw badRequest('A column update must be a JSON object.');
  const body = patch as Record<string, unknown>;
  const kind = kindOf(current);
  const newKind = kindOf(body);
  if (newKind && newKind !== kind)
    throw badRequest(`Column '${current.name}' is ${kind}: its type cannot change to ${newKind}.`);
  if (body.name !== undefined && body.name !== current.name)
    throw badRequest(`The internal name of column '${current.name}' cannot change.`);
  const next: ColumnDefinition = { ...current };
  for (const key of ['description', 'displayName'] as const)
    if (typeof body[key] === 'string') next[key] = body[key];
  for (const key of ['hidden', 'indexed', 'required', 'enforceUniqueValues'] as const)
    if (typeof body[key] === 'boolean') next[key] = body[key];
  if (next.enforceUniqueValues === true) next.indexed = true;
  if (kind && newKind)
    next[kind] = { ...(current[kind] as object), ...(body[kind] as Record<string, unknown>) };
  return next;
}

const SYSTEM_SQL: Record<string, string> = { ID: 'id', Created: 'created', Modified: 'modified' };

export function describeColumn(
  row: number,
  id: string,
  system: boolean,
  definition: ColumnDefinition,
): Column {
  const kind = kindOf(definition) ?? 'text';
  const facet = (definition[kind] ?? {}) as Record<string, unknown>;
  const multi =
    (kind === 'choice' &&
      (facet.displayAs === 'checkBoxes' || facet.allowMultipleValues === true)) ||
    (kind === 'lookup' && facet.allowMultipleValues === true) ||
    (kind === 'personOrGroup' && facet.allowMultipleSelection === true);
  const lookupLike = kind === 'lookup' || kind === 'personOrGroup';
  const fieldKey = lookupLike && !multi ? `${definition.name}LookupId` : definition.name;
  // SharePoint compares and sorts text without regard to case (`eq 'csc-1'` finds `CSC-1`,
  // a unique column refuses both): the collation goes with the expression, into its index too.
  const collate = kind === 'text' || kind === 'choice' ? ' COLLATE NOCASE' : '';
  const sqlExpr =
    SYSTEM_SQL[definition.name] ??
    (system ? 'NULL' : `json_extract(fields, '$."${fieldKey}"')${collate}`);
  return {
    row,
    id,
    name: definition.name,
    system,
    definition,
    kind,
    multi,
    indexed: definition.indexed === true || definition.name === 'ID',
    required: definition.required === true,
    unique: definition.enforceUniqueValues === true,
    readOnly: definition.readOnly === true,
    fieldKey,
    sqlExpr,
  };
}

/** Columns every list has; only Title is writable. */
export function systemDefinitions(): { definition: ColumnDefinition; system: boolean }[] {
  const readOnly = (name: string, kind: ColumnKind, facet: Record<string, unknown> = {}) => ({
    system: true,
    definition: {
      columnGroup: '_Hidden',
      description: '',
      displayName: name,
      enforceUniqueValues: false,
      hidden: false,
      indexed: false,
      name,
      readOnly: true,
      required: false,
      [kind]: { ...FACET_DEFAULTS[kind], ...facet },
    } as ColumnDefinition,
  });
  return [
    {
      system: false,
      definition: {
        ...normaliseDefinition({ name: 'Title', text: {} }),
        columnGroup: 'Custom Columns',
        displayName: 'Title',
      },
    },
    readOnly('ID', 'number'),
    readOnly('ContentType', 'text'),
    readOnly('Created', 'dateTime'),
    readOnly('Modified', 'dateTime'),
    readOnly('Author', 'personOrGroup'),
    readOnly('Editor', 'personOrGroup'),
    readOnly('Attachments', 'boolean'),
  ];
}

/**
 * The internal name SharePoint gives a new column whose name is already taken by a column
 * every list has (`Author` is "Created by", `Title`, `Modified`…): the column is still created,
 * with the name asked for as its display name and a `0` (then `1`, `2`…) appended to its
 * internal name. Microsoft's own examples create `Author` at list creation and post `Title`
 * as a column (learn.microsoft.com/graph/api/list-create, …/list-post-columns: 201);
 * the suffix is SharePoint's rule for list columns (docs/contracts.md, "What the emulator models").
 *   builtInSafeName('Author', ['Title', 'Author', 'Editor']) → 'Author0'
 *   builtInSafeName('PageCount', […]) → 'PageCount'
 */
export function builtInSafeName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let n = 0; ; n += 1) if (!lower.has(`${name}${n}`.toLowerCase())) return `${name}${n}`;
}

/** Renames a definition whose name a built-in column holds (see builtInSafeName). */
export function clearOfBuiltIns(
  definition: ColumnDefinition,
  builtIns: readonly string[],
  taken: readonly string[],
): ColumnDefinition {
  if (!builtIns.some((b) => b.toLowerCase() === definition.name.toLowerCase())) return definition;
  return { ...definition, name: builtInSafeName(definition.name, taken) };
}
