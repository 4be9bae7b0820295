import { describe, expect, test } from 'vitest';
import { cleanText, foldText, normalizeText } from '../../lib/text';

// lib/text.ts replaces separator runs with patterns that skip single spaces (for speed). These are the plain
// definitions they must agree with: every run of separators becomes one space.
const reference = {
  cleanText: (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim(),
  normalizeText: (s: string) =>
    reference
      .cleanText(s)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/đ/g, 'd')
      .replace(/[’'`´]/g, '')
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
      .trim(),
  foldText: (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/đ/g, 'd')
      .replace(/[’'`´]/g, '')
      .replace(
        /[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u060c\u061b\u061f\u066a-\u066d\u06d4\u0964\u0965]+/g,
        ' ',
      )
      .trim(),
};

/** Words, every kind of space and separator the page texts carry, in many scripts. */
const PIECES = [
  'WhatsApp',
  'backup',
  'Sao lưu',
  'cadangan',
  'बैकअप',
  'ব্যাকআপ',
  'النسخ',
  'バックアップ',
  '备份',
  'Ünlü',
  'đ',
  'é',
  ' ',
  ' ',
  ' ',
  '\n',
  '\t',
  '\r\n',
  '\u00a0',
  '\u2003',
  '\u200b',
  '\u202f',
  '\u3000',
  '\ufeff',
  '\u1680',
  '\u2028',
  ',',
  '.',
  ':',
  '…',
  '—',
  '–',
  '“',
  '”',
  '’',
  '।',
  '،',
  '？',
  '（',
  '😀',
  '①',
  '１',
];

/** A seeded generator: the same strings on every run, so a failure can be read again. */
function* strings(count: number) {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  for (let i = 0; i < count; i++) {
    let s = '';
    const length = next() % 14;
    for (let j = 0; j < length; j++) s += PIECES[next() % PIECES.length];
    yield s;
  }
}

describe('text folding agrees with its plain definition', () => {
  test.each(['cleanText', 'normalizeText', 'foldText'] as const)('%s', (name) => {
    const fn = { cleanText, normalizeText, foldText }[name];
    for (const s of strings(20_000)) expect(fn(s), JSON.stringify(s)).toBe(reference[name](s));
  });
});
