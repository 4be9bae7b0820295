import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { builtInAdEngine, createAdEngine } from '../../lib/ads/ad-engine';
import { tokensOf } from '../../lib/ads/page-tokens';
import { listFixtures, loadFixture } from '../../scripts/score-page';

/** The plain definition tokensOf's lookups must agree with: every class and id on the page, then the keyed ones. */
function keyedTokens(doc: Document, keys: { classes: readonly string[]; ids: readonly string[] }) {
  const classes = new Set<string>();
  const ids = new Set<string>();
  for (const el of doc.querySelectorAll('[class]'))
    for (const name of (el.getAttribute('class') ?? '').split(/\s+/)) if (name) classes.add(name);
  for (const el of doc.querySelectorAll('[id]')) ids.add(el.id);
  return {
    classes: keys.classes.filter((name) => classes.has(name)).sort(),
    ids: keys.ids.filter((id) => ids.has(id)).sort(),
  };
}

function parse(html: string): Document {
  const window = new Window({ url: 'https://example.com/post' });
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('tokensOf finds the keyed classes and ids a full read of the page finds', () => {
  // The ad-network fixtures carry the listed markups; the others, every kind of page.
  const slugs = listFixtures().filter((slug, i) => slug.startsWith('ads-') || i % 5 === 0);
  test.each(slugs)('%s', (slug) => {
    const doc = parse(loadFixture(slug).html);
    const { keys } = builtInAdEngine();
    const found = tokensOf(doc, doc.location.href, keys);
    expect({ classes: [...found.classes].sort(), ids: [...found.ids].sort() }).toEqual(keyedTokens(doc, keys));
  });

  test('a long "My filters" list reads every class once instead, with the same answer', () => {
    const mine = Array.from({ length: 80 }, (_, i) => `##.my-slot-${i}`).join('\n');
    const engine = createAdEngine(mine);
    const doc = parse('<div class="my-slot-3 other"></div><p class="adsbygoogle"></p><span id="x">a</span>');
    const found = tokensOf(doc, doc.location.href, engine.keys);
    expect(found.classes).toEqual(expect.arrayContaining(['my-slot-3', 'adsbygoogle']));
    expect(found.classes).not.toContain('my-slot-4');
  });

  test('under a part of the page, an id elsewhere on the page does not count', () => {
    const { keys } = builtInAdEngine();
    const id = keys.ids[0];
    if (!id) return;
    const doc = parse(`<div id="${id}"></div><section><p>text</p></section>`);
    const section = doc.querySelector('section') as Element;
    expect(tokensOf(section, doc.location.href, keys).ids).toEqual([]);
    expect(tokensOf(doc, doc.location.href, keys).ids).toEqual([id]);
  });
});
