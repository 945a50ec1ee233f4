/** A list in words: `joinWithAnd(['costs', 'actions', 'decisions'])` → `'costs, actions and decisions'`. */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
