import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { builtInAdEngine } from '../../lib/ads/ad-engine';
import { idKeyedMatches } from '../../lib/ads/strip-ads';
import { listFixtures, loadFixture } from '../../scripts/score-page';

function parse(html: string): Document {
  const window = new Window({ url: 'https://example.com/post' });
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('id-keyed selectors answered from one pass over the ids pick what the query picks', () => {
  // Every hiding selector the lists can give, on the ad-network pages and a sample of the others.
  const selectors = builtInAdEngine().allSelectorsFor({
    url: 'https://example.com/post',
    classes: [],
    ids: [],
    hrefs: [],
  });
  const slugs = listFixtures().filter((slug, i) => slug.startsWith('ads-') || i % 4 === 0);

  test('most of the lists’ id selectors take the one pass', () => {
    const keyed = idKeyedMatches(parse('<p id="x"></p>'), selectors);
    expect(keyed.size).toBeGreaterThan(10);
    expect([...keyed.keys()].every((sel) => /\[id[\^*]?="/.test(sel))).toBe(true);
  });

  test.each(slugs)('%s', (slug) => {
    const doc = parse(loadFixture(slug).html);
    for (const [sel, found] of idKeyedMatches(doc, selectors))
      expect(found, sel).toEqual([...doc.querySelectorAll(sel)]);
  });

  test('prefix, substring and exact ids, a tag, more attributes, and ids that only look alike', () => {
    const doc = parse(
      '<div id="div-gpt-ad-1"></div><span id="div-gpt-ad-2"></span><div id="xScriptRootC9"></div>' +
        '<div id="top" data-slot="1"></div><div id="top"></div><div id="DIV-GPT-AD-3"></div>',
    );
    const found = idKeyedMatches(doc, ['div[id^="div-gpt-ad"]', '[id*="ScriptRootC"]', 'div[id="top"][data-slot]']);
    expect(found.get('div[id^="div-gpt-ad"]')?.map((el) => el.id)).toEqual(['div-gpt-ad-1']);
    expect(found.get('[id*="ScriptRootC"]')?.map((el) => el.id)).toEqual(['xScriptRootC9']);
    expect(found.get('div[id="top"][data-slot]')?.length).toBe(1);
  });
});
