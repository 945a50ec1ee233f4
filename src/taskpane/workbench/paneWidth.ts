/**
 * The task pane widths Outlook gives an add-in: the narrowest (320 px), the usual default
 * (350 px) and the widest without the officer dragging (450 px). The workbench shows the
 * pane at one of them so what is tried there is what fits in Outlook.
 */
export const paneWidths = [320, 350, 450] as const;
export type PaneWidth = (typeof paneWidths)[number];

/** `paneWidthOf('450')` → `450`; anything else → the default, 350. */
export function paneWidthOf(value: string | null | undefined): PaneWidth {
  const width = Number(value);
  return (paneWidths as readonly number[]).includes(width) ? (width as PaneWidth) : 350;
}
