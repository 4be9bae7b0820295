/**
 * State the content scripts share in their isolated world (one per extension and frame, in Chrome and
 * Firefox alike), under a Symbol key: page script never sees that world's global, and a page's element
 * ids shadow only string-named globals (named access on window), never Symbols.
 */
const GUIDE_LOADED = Symbol.for('fixlist.guide-loaded');

type Flags = { [GUIDE_LOADED]?: true };

/** The guide script has run in this frame: it answers the popup from now on. */
export const guideLoaded = (): boolean => (globalThis as Flags)[GUIDE_LOADED] === true;

export function markGuideLoaded(): void {
  (globalThis as Flags)[GUIDE_LOADED] = true;
}
