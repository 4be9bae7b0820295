import type { HowToFix } from './read-howto';

/** The outline of one page, read in one pass: what detection and extraction decide from. */

/** A heading, or a bold lead-in that stands for one (the bold opening of a paragraph or list item). */
export interface OutlineHeading {
  /** The heading element; for a lead-in, the paragraph or list item it opens. */
  el: Element;
  /** "h2"…"h6"; "p>strong" and "li>strong" for lead-ins. */
  kind: string;
  /** 1–6; a paragraph lead-in ranks like an h3 (the next h1–h3 ends its section), a list item's like an h6. */
  level: number;
  /** As written, whitespace collapsed. */
  text: string;
  /** Folded (lower case, no accents or punctuation), for the word lists. */
  folded: string;
  /** "3." / "Fix 3:" / "Çözüm 3": the number and the title without it (and without a trailing ":"). */
  number: number | null;
  title: string;
  /** Nothing but one link to another place (a table of contents entry, a listed post). */
  pointer: boolean;
}

export interface OutlineList {
  el: Element;
  ordered: boolean;
  /** The heading whose section holds the list (null before the first heading). */
  owner: OutlineHeading | null;
}

/** How the fixes are written on the page, for the verdict's reasons ("6 unnumbered fix headings …"). */
export type FixStructure =
  | 'numbered'
  | 'list-items'
  | 'unnumbered'
  | 'platform-groups'
  | 'causes-then-solutions'
  | 'lead-ins'
  | 'checklist'
  | 'howto';

/** A fix heading as detection and extraction use it. */
export interface FixHeading {
  el: Element;
  number: number;
  title: string;
  /** Headings of one kind form one list: "h2", "p>strong", "ol>h3", "p+===", … */
  kind: string;
  /** Heading level whose next heading (at or above it) ends the fix's section. */
  level: number;
}

export interface FixRun {
  headings: FixHeading[];
  structure: FixStructure;
  /** Numbered by the page (in its headings or by an ordered list), not only by position. */
  numbered: boolean;
  /** Introduced by a heading that announces fixes ("Troubleshooting", "Solusi", "What to check first"). */
  announced: boolean;
  /** Held by numbered groups ("Phase 1", "Phase 2"): a plan of fixes, though no heading announces them. */
  grouped: boolean;
  /** The heading that ends the run ("Conclusioni", "FAQ"), when one does. */
  endsAt: string | null;
}

export interface Outline {
  doc: Document;
  /** The article: the fixes' common ancestor, else the page's article element, else the body. */
  root: Element;
  /** The article's title (its h1, else the document title). */
  title: string;
  /** Content headings and lead-ins in page order (not in navigation, sidebars, comments or ad boxes). */
  headings: OutlineHeading[];
  lists: OutlineList[];
  paragraphs: Element[];
  /** Paragraphs and lists in page order: what a fix's section is made of. */
  flow: Element[];
  /** Every element the pass read, by its place in page order. */
  order: Map<Element, number>;
  /** Blocks that may speak of the topic: paragraphs, list items, headings, table cells. */
  blocks: Element[];
  codeBlocks: number;
  /** Readability's `isProbablyReaderable` test, computed from the same pass. */
  readerable: boolean;
  fixes: FixRun | null;
  /** The page's how-to block or schema.org HowTo, read when no headings list fixes. */
  howTo: HowToFix[];
  /** The ad boxes found before reading (not yet removed): left out of everything above. */
  ads: Set<Node>;
  isAd: (el: Element) => boolean;
  /**
   * The fewest fixes that make a list: two, or one when the person asked for a checklist (then a single
   * numbered fix, "১. …", is what the page offers; by itself one procedure is no list of fixes).
   */
  fewestFixes: 1 | 2;
}
