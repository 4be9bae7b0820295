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

/** Punctuation and symbols by code-point range: ASCII, Latin-1, general punctuation, arrows to dingbats, CJK,
 * full-width, Arabic and Devanagari marks of punctuation. */
const PUNCTUATION =
  /[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u060c\u061b\u061f\u066a-\u066d\u06d4\u0964\u0965]{2,}|[\t-\r\u1680\ufeff!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u060c\u061b\u061f\u066a-\u066d\u06d4\u0964\u0965]/g;

/**
 * `normalizeText` for searching long text (an article's body, its blocks): the same folding, with punctuation
 * found by code-point ranges, several times cheaper than a Unicode-property class on long text. Only rare
 * symbols outside those ranges (emoji) stay; the word lists never contain them.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[’'`´]/g, '')
    .replace(PUNCTUATION, ' ')
    .trim();
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
