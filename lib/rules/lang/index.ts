/**
 * Every language's words, combined: one pattern per kind of word, over all languages at once (a page may
 * mix English into its own language). Adding a language is adding a file beside this one and a line here.
 */
import { normalizeText } from '../../text';
import * as ar from './ar';
import * as bn from './bn';
import * as de from './de';
import * as en from './en';
import * as es from './es';
import * as fr from './fr';
import * as hi from './hi';
import * as id from './id';
import * as it from './it';
import * as ja from './ja';
import type { LangWords } from './lang-words';
import * as pt from './pt';
import * as ru from './ru';
import * as tr from './tr';
import * as vi from './vi';
import * as zh from './zh';

export const languages: LangWords[] = [en, es, pt, id, it, fr, de, tr, ru, hi, bn, ar, ja, zh, vi].map((l) => l.words);

/** Latin and Cyrillic words must start a word; other scripts attach prefixes ("ال") or use no spaces. */
const SPACED = /^[a-z0-9\u0400-\u04ff]/;
// Folded text has only single spaces between words, so a word starts at the text's start or after a space
// (taken into the match: a literal the engine scans for, several times cheaper than a lookbehind at every
// position) and a whole word ends at a space or the text's end.
const START = '(?:^| )';
const END = '(?![^ ])';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** A word ends here; `whole`: only where the text's word ends too ("wa$"). */
  ends: boolean;
  whole: boolean;
}

/**
 * The words as one trie-shaped alternation ("back(?:up|ing up)"): at each position the engine follows one
 * branch per character instead of trying every word. Longer words come first, so a match never stops at a
 * shorter word that starts a longer one.
 */
function trieSource(words: string[]): string {
  const root: TrieNode = { next: new Map(), ends: false, whole: false };
  for (const word of words) {
    const whole = word.endsWith('$');
    let node = root;
    for (const ch of normalizeText(whole ? word.slice(0, -1) : word)) {
      const child = node.next.get(ch) ?? { next: new Map(), ends: false, whole: false };
      node.next.set(ch, child);
      node = child;
    }
    if (whole) node.whole = true;
    else node.ends = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => escapeRegex(ch) + source(child));
    if (node.whole && !node.ends) branches.push(END);
    if (node.ends) branches.push('');
    return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  };
  return source(root);
}

/**
 * Words that start a word (Latin, Cyrillic) after one shared start, the others (Arabic, Indic, Chinese,
 * Japanese) anywhere. A match of a word that starts a word includes the space before it.
 */
export function wordsPattern(words: string[], flags = ''): RegExp {
  const unique = [...new Set(words)];
  const spaced = unique.filter((w) => SPACED.test(normalizeText(w)));
  const other = unique.filter((w) => !spaced.includes(w));
  const parts = [spaced.length ? `${START}${trieSource(spaced)}` : '', other.length ? trieSource(other) : ''];
  return new RegExp(parts.filter(Boolean).join('|'), flags);
}

const all = (pick: (lang: LangWords) => string[]) => languages.flatMap(pick);

/** The vocabulary over normalised text (lower case, no accents, punctuation as spaces). */
export const langWords = {
  whatsapp: wordsPattern(all((l) => l.firstLook.whatsapp)),
  backup: wordsPattern(all((l) => l.firstLook.backup)),
  trouble: wordsPattern(all((l) => l.trouble)),
  instructions: wordsPattern(all((l) => l.instructions)),
  /** Instructions or advice: what a fix's section says. */
  advice: wordsPattern(all((l) => [...l.instructions, ...l.advice])),
  endHeadings: wordsPattern(all((l) => l.endHeadings)),
  notFixHeadings: wordsPattern(all((l) => l.notFixHeadings)),
  causeHeadings: wordsPattern(all((l) => l.causeHeadings)),
  fixesHeadings: wordsPattern(all((l) => l.fixesHeadings)),
  howTo: wordsPattern(all((l) => l.howTo)),
  /** "Phase 1", "Part 2", "Bölüm ৩": a group word and its number, at the start. */
  groupHeadings: new RegExp(`^(?:${wordsPattern(all((l) => l.groupWords)).source}) ?[\\p{N}一二三四五六七八九十]`, 'u'),
  asides: wordsPattern(all((l) => l.asides)),
} as const;

/** Words that number a fix ("Solusi", "Çözüm", "方法"), folded, for the fix-heading pattern. */
export const fixWords: string[] = [
  ...new Set(all((l) => l.fixWords).flatMap((w) => [w.replace(/\$$/, '').toLowerCase(), normalizeText(w)])),
];
