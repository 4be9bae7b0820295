import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LISTINGS = join(__dirname, '../../docs/store/listings');
const LOCALES = readdirSync(join(__dirname, '../../public/_locales'));

describe('store listings (docs/store/listings)', () => {
  it.each(LOCALES)('%s has a listing within the stores’ limits', (locale) => {
    const listing = JSON.parse(readFileSync(join(LISTINGS, `${locale}.json`), 'utf8'));
    expect([...listing.name].length, listing.name).toBeLessThanOrEqual(45);
    expect([...listing.summary].length, listing.summary).toBeLessThanOrEqual(132);
    expect(listing.description.trim()).not.toBe('');
    // Chrome shows the manifest's description as the summary: the same 132-character limit applies there.
    const messages = JSON.parse(readFileSync(join(__dirname, `../../public/_locales/${locale}/messages.json`), 'utf8'));
    expect(messages.extDescription.message).toBe(listing.summary);
  });
});
