/** Data that crosses module and process boundaries: the pipeline's output, storage and messages. */

export type Platform = 'iCloud' | 'Google Drive' | 'local backup';

/** What `detectHelpPage` concludes about a page, and why, in words a person can read. */
export interface Verdict {
  /** A WhatsApp-backup help page (with or without numbered fixes). */
  isHelpPage: boolean;
  /** A help page with two or more numbered fixes: the sidebar opens by itself. */
  autoOpen: boolean;
  score: number;
  platforms: Platform[];
  reasons: string[];
}

export interface Step {
  text: string;
  /** Only http(s) links survive extraction. */
  href?: string;
}

export interface Fix {
  /** Fingerprint of the normalised title: the same fix on another page has the same id. */
  id: string;
  title: string;
  steps: Step[];
  /** The live heading that starts the fix, for "scroll to". Never serialised. */
  anchor: Element | null;
}

export interface Guide {
  /** Fingerprint of the fix ids: near-identical articles share it, and so their progress. */
  key: string;
  title: string;
  fixes: Fix[];
}

/** A guide as stored: enough for the popup's history without the page. */
export interface GuideRecord {
  key: string;
  title: string;
  url: string;
  site: string;
  fixes: { id: string; title: string }[];
  lastVisited: number;
}

/** What came of trying a fix, once the person says: it did not help, or it solved the problem. */
export type Outcome = 'failed' | 'fixed';

/** A tried fix as stored (version 2). Absent = not tried. */
export interface FixProgress {
  /** When the box was ticked. */
  triedAt: number;
  /** null = tried, result not given (also what version 1's `'tried'` becomes). */
  outcome: Outcome | null;
  /** When this fix last changed: the tick or the outcome. */
  at: number;
}

/** Version 1 of a stored fix: only ever `{ outcome: 'tried', at }`. Read and migrated, never written. */
export interface FixProgressV1 {
  outcome: 'tried';
  at: number;
}

/** fix id -> progress (absent = not tried). */
export type ProgressMap = Record<string, FixProgress>;

/** The same fix (same id) tried under another guide: "You tried this on example.com 2 days ago". */
export interface EarlierTry {
  guideKey: string;
  /** From that guide's record; empty when the record is gone. */
  site: string;
  title: string;
  url: string;
  progress: FixProgress;
}

/** What a tab's content script reports to the popup. */
export type PageState =
  | { stage: 'skipped' }
  | {
      stage: 'checked';
      verdict: Verdict;
      guide: { key: string; title: string; fixCount: number } | null;
      /** The sidebar is on the page (by itself, or because the person asked). */
      sidebar: boolean;
      /** The page's host name, for the "open by itself here" setting. */
      site: string;
    };
