/**
 * The first look's words, from every language file: only their `firstLook` part is imported, so the
 * every-page script carries these lists and nothing else. One precompiled pattern each, over raw text
 * (titles, addresses, headings): case-insensitive, accents optional, no word boundaries except for short
 * whole words ("WA") that would match inside others.
 */
import { firstLook as ar } from './ar';
import { firstLook as bn } from './bn';
import { firstLook as de } from './de';
import { firstLook as en } from './en';
import { firstLook as es } from './es';
import { firstLook as fr } from './fr';
import { firstLook as hi } from './hi';
import { firstLook as id } from './id';
import { firstLook as it } from './it';
import { firstLook as ja } from './ja';
import type { FirstLookWords } from './lang-words';
import { firstLook as pt } from './pt';
import { firstLook as ru } from './ru';
import { firstLook as tr } from './tr';
import { firstLook as vi } from './vi';
import { firstLook as zh } from './zh';

const lists: FirstLookWords[] = [en, es, pt, id, it, fr, de, tr, ru, hi, bn, ar, ja, zh, vi];

/** A word and its accent-free spelling (addresses drop accents), spaces matching any separator. */
function forms(word: string): string[] {
  const whole = word.endsWith('$');
  const bare = whole ? word.slice(0, -1) : word;
  const plain = bare
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
  return [...new Set([bare, plain])].map((w) => {
    const source = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s_-]*');
    return whole ? `(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])` : source;
  });
}

function pattern(words: string[]): RegExp {
  return new RegExp(words.flatMap(forms).join('|'), 'iu');
}

export const firstLookWords = {
  whatsapp: pattern(lists.flatMap((l) => l.whatsapp)),
  backup: pattern(lists.flatMap((l) => [...l.backup, ...(l.hints ?? [])])),
} as const;
