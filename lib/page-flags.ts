/**
 * Flags on the content scripts' shared global (one isolated world per extension and frame, in Chrome
 * and Firefox alike): how the tiny first-look script and the injected guide script hand over to each other.
 */
interface FixlistFlags {
  /** The guide script has run in this frame: it answers the popup from now on. */
  __fixlistGuideLoaded?: boolean;
  /** Set by the background before injecting: make a checklist whatever the verdict. */
  __fixlistManual?: boolean;
}

export const pageFlags = globalThis as typeof globalThis & FixlistFlags;
