// Each pattern below that turns a run of separators into one space matches runs of two or more, or one
// separator that is not a plain space: the spaces between words, most of any text, are not matches, which
// makes the replace several times cheaper on an article's text. Same result as `[…]+` → ' '
// (tests/unit/text-folding.test.ts).

/** A run of whitespace (including non-breaking and zero-width spaces) that is not already one space. */
const WHITESPACE = /[\s\u200b]{2,}|[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** Collapse whitespace (including non-breaking spaces) and trim. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(WHITESPACE, ' ').trim();
}

/** A run of anything but letters, digits and marks that is not already one space. */
const NOT_WORD = /[^\p{L}\p{N}\p{M}]{2,}|[^\p{L}\p{N}\p{M} ]/gu;

/**
 * Lower-case, strip Latin accents (and Vietnamese tones), punctuation and apostrophe variants, for comparing
 * texts. The vowel signs of Indic and Arabic scripts and kana's voicing marks are part of the word: kept.
 */
export function normalizeText(text: string): string {
  return cleanText(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[’'`´]/g, '')
    .replace(NOT_WORD, ' ')
    .trim();
}

/**
 * Separators by code-point range: whitespace, ASCII and Latin-1 punctuation, general punctuation, arrows to
 * dingbats, CJK and full-width punctuation, Arabic and Devanagari marks of punctuation.
 */
const SEPARATOR_RANGES = [
  [0x09, 0x0d],
  [0x20, 0x2f],
  [0x3a, 0x40],
  [0x5b, 0x60],
  [0x7b, 0x7e],
  [0xa0, 0xbf],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x060c, 0x060c],
  [0x061b, 0x061b],
  [0x061f, 0x061f],
  [0x066a, 0x066d],
  [0x06d4, 0x06d4],
  [0x0964, 0x0965],
  [0x1680, 0x1680],
  [0x2000, 0x206f],
  [0x2190, 0x2bff],
  [0x3000, 0x303f],
  [0xfeff, 0xfeff],
  [0xff00, 0xff0f],
  [0xff1a, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
] as const;

let separators: Uint8Array | null = null;

/** One byte per UTF-16 code unit, 1 for a separator: built on first use (a fill of a few ranges). */
function separatorTable(): Uint8Array {
  if (!separators) {
    separators = new Uint8Array(0x10000);
    for (const [from, to] of SEPARATOR_RANGES) separators.fill(1, from, to + 1);
  }
  return separators;
}

/**
 * Every run of separators becomes one space (a lone plain space, most of any text, is left as it is). A loop
 * over a lookup table: a regular expression's replace costs twice as much on an article's text, its cost being
 * the thousands of matches (every comma and line break) rather than the scan.
 */
function spaceOutSeparators(text: string): string {
  const table = separatorTable();
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    if (table[text.charCodeAt(i)] === 0) continue;
    let end = i + 1;
    while (end < text.length && table[text.charCodeAt(end)] === 1) end++;
    if (end - i > 1 || text.charCodeAt(i) !== 0x20) {
      out += `${text.slice(kept, i)} `;
      kept = end;
    }
    i = end - 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/**
 * `normalizeText` for searching long text (an article's body, its blocks): the same folding, with separators
 * found by code-point ranges, several times cheaper than a Unicode-property class on long text. Only rare
 * symbols outside those ranges (emoji) stay; the word lists never contain them.
 */
export function foldText(text: string): string {
  return spaceOutSeparators(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/đ/g, 'd')
      .replace(/[’'`´]/g, ''),
  ).trim();
}

/** FNV-1a, 32 bit, as 8 hex digits: a stable short id for a text; not for security. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const globalCopies = new WeakMap<RegExp, RegExp>();

/** Count how many times any of the patterns matches in the text (one global copy per pattern, made once). */
export function countMatches(text: string, pattern: RegExp): number {
  let global = pattern.global ? pattern : globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    globalCopies.set(pattern, global);
  }
  global.lastIndex = 0;
  return text.match(global)?.length ?? 0;
}

/**
 * Calls `visit` on each text node under `root`, in page order, stepping over the subtrees `skip` names; `visit`
 * returns false to stop. The subtrees are stepped over by hand: a TreeWalker filter callback on every node
 * costs more than the walk.
 */
export function eachText(root: Node, skip: (node: Node) => boolean, visit: (text: Node) => boolean): void {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */,
  );
  let node = walker.nextNode();
  while (node) {
    if (skip(node)) {
      node = walker.nextSibling();
      while (!node && walker.parentNode()) node = walker.nextSibling();
      continue;
    }
    if (node.nodeType === 3 && !visit(node)) return;
    node = walker.nextNode();
  }
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * An element's text as a person should read it: where markup glues two words together
 * ("Launch<strong>iPhone Settings</strong> , tap" in copied articles) a space goes between them, and
 * stray spaces before punctuation go.
 */
export function readableText(el: Element): string {
  let text = '';
  let lastParent: Node | null = null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const piece = node.nodeValue ?? '';
    if (lastParent && node.parentNode !== lastParent && WORD_END.test(text) && WORD_START.test(piece)) text += ' ';
    text += piece;
    if (piece.trim()) lastParent = node.parentNode;
  }
  return cleanText(text).replace(/\s+([,.;:!?])(?=\s|$)/g, '$1');
}
