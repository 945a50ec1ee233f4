/** The UK bank-holiday divisions of the gov.uk feed; a council picks the one it is in. */
export const NATIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

export const DEFAULT_NATION: Nation = 'england-and-wales';

export function isNation(value: string): value is Nation {
  return (NATIONS as readonly string[]).includes(value);
}
