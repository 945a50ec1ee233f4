import { visibleText } from '../../domain/format';

/**
 * Text from an email as the screens show it: `visibleText` (src/domain/format), the one rule
 * for what is removed, shared with the letters a reply is filled from.
 * `displayText('Ann\u202Egro.elpmaxe\u0007')` → `'Anngro.elpmaxe'`
 */
export const displayText = visibleText;
