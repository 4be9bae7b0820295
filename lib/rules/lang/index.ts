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
// Folded text has only single spaces between words, so a word's edge is a space or the text's end: cheaper
// to compile and run than a Unicode-property lookaround (the browser recompiles after every collection).
const START = '(?<![^ ])';
const END = '(?![^ ])';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One word as a regex fragment over normalised text: folded like the text; "$" keeps it whole. */
function wordSource(word: string): string {
  const whole = word.endsWith('$');
  return `${escapeRegex(normalizeText(whole ? word.slice(0, -1) : word))}${whole ? END : ''}`;
}

/**
 * Words that start a word (Latin, Cyrillic) behind one shared boundary, the others (Arabic, Indic, Chinese,
 * Japanese) anywhere: one check per position, then the alternatives. Longest first, so an alternative
 * never stops at a shorter word that starts a longer one.
 */
export function wordsPattern(words: string[], flags = ''): RegExp {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  const spaced = unique.filter((w) => SPACED.test(normalizeText(w)));
  const other = unique.filter((w) => !spaced.includes(w));
  const parts = [
    spaced.length ? `${START}(?:${spaced.map(wordSource).join('|')})` : '',
    other.map(wordSource).join('|'),
  ];
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
