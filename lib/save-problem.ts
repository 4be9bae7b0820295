/** Why a write to storage failed, in the terms the sidebar tells the person. */
export type SaveProblem =
  | { kind: 'full' }
  /** The extension was updated, reloaded or removed under this tab: nothing here can save any more. */
  | { kind: 'updated' }
  | { kind: 'other'; reason: string };

/** Chrome says "QUOTA_BYTES quota exceeded"; Firefox "QuotaExceededError" / "storage quota". */
const FULL = /quota|storage is full|disk is full|NS_ERROR_FILE_NO_DEVICE_SPACE/i;
/** Chrome: "Extension context invalidated."; Firefox: a dead object or a missing extension. */
const GONE = /context invalidated|dead object|extension (?:context|is) (?:invalid|gone|disabled)/i;

export function saveProblemOf(error: unknown): SaveProblem {
  const text = error instanceof Error ? error.message : String(error);
  if (GONE.test(text)) return { kind: 'updated' };
  if (FULL.test(text)) return { kind: 'full' };
  return { kind: 'other', reason: text.slice(0, 200) };
}
