import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every language the detector reads; the interface speaks them all. */
const LOCALES = ['en', 'es', 'pt_BR', 'id', 'hi', 'bn', 'de', 'it', 'fr', 'tr', 'ru', 'ar', 'ja', 'zh_CN', 'vi'];
const DIR = join(__dirname, '../../public/_locales');

type Messages = Record<string, { message: string; description?: string }>;
const read = (locale: string): Messages => JSON.parse(readFileSync(join(DIR, locale, 'messages.json'), 'utf8'));
const english = read('en');

/** A plural family is the keys `<stem>_<category>`; English has `_one` and `_other`. */
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const stems = new Set(Object.keys(english).flatMap((k) => (k.endsWith('_other') ? [k.slice(0, -6)] : [])));
const placeholders = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();
const pluralCategories = (locale: string) =>
  new Intl.PluralRules(locale.replace('_', '-')).resolvedOptions().pluralCategories;

describe('_locales', () => {
  it('holds the fifteen interface languages, and only those', () => {
    expect(readdirSync(DIR).sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES)('%s', (locale) => {
    const messages = read(locale);

    it('is a set Chrome will load: valid names, and no "$1$" that Chrome would read as a named placeholder', () => {
      const names = Object.keys(messages).map((n) => n.toLowerCase());
      expect(new Set(names).size).toBe(names.length); // names are case-insensitive
      for (const [name, { message }] of Object.entries(messages)) {
        expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(typeof message, name).toBe('string');
        expect(message, name).not.toMatch(/\$\d\$/);
        expect(message.trim(), name).not.toBe('');
      }
    });

    it('names its own language (localeCode), which picks plural rules, dates and direction', () => {
      expect(messages.localeCode?.message).toBe(locale.replace('_', '-'));
    });

    it('has every English message, and every plural form its language needs', () => {
      const wanted = Object.keys(english).filter((k) => !(PLURAL.test(k) && stems.has(k.replace(PLURAL, '$1'))));
      for (const stem of stems) for (const c of pluralCategories(locale)) wanted.push(`${stem}_${c}`);
      expect(
        Object.keys(messages).filter((k) => !wanted.includes(k)),
        'keys English no longer has',
      ).toEqual([]);
      expect(
        wanted.filter((k) => !(k in messages)),
        'missing keys',
      ).toEqual([]);
    });

    it('keeps every placeholder of the English message, and adds none', () => {
      for (const [name, { message }] of Object.entries(messages)) {
        const [, stem, category] = name.match(PLURAL) ?? [];
        const source = stem && stems.has(stem) ? english[`${stem}_other`] : english[name];
        if (!source) continue; // reported by the test above
        const expected = placeholders(source.message);
        // A form for exactly one, two or none may write the number as a word ("un anuncio"): $1 may go.
        const mayDropCount =
          category !== undefined && category !== 'other' && category !== 'many' && category !== 'few';
        const actual = placeholders(message);
        if (mayDropCount && !actual.includes('$1')) actual.unshift('$1');
        expect(actual.sort(), `${locale}/${name}: "${message}"`).toEqual(expected);
      }
    });
  });
});
