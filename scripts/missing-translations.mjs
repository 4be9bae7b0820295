// Lists what each locale still needs after English keys were added or changed: one line per locale and
// key, with the English text and its description, ready to translate (plural stems list each form the
// language needs). node scripts/missing-translations.mjs
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../public/_locales/', import.meta.url);
const read = (locale) => JSON.parse(readFileSync(new URL(`${locale}/messages.json`, dir), 'utf8'));
const english = read('en');
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
let missing = 0;
for (const locale of readdirSync(dir).filter((l) => l !== 'en')) {
  const messages = read(locale);
  const categories = new Intl.PluralRules(locale.replace('_', '-')).resolvedOptions().pluralCategories;
  for (const [key, { message, description = '' }] of Object.entries(english)) {
    const plural = key.match(PLURAL);
    if (plural && plural[2] !== 'other') continue;
    const wanted = plural ? categories.map((c) => `${plural[1]}_${c}`) : [key];
    for (const name of wanted.filter((k) => !(k in messages))) {
      missing++;
      console.log(`${locale}\t${name}\t${message}\t${description}`);
    }
  }
}
console.error(missing ? `${missing} messages to translate` : 'every locale is complete');
