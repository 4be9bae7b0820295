import { builtInKeys, listText } from 'virtual:built-in-ad-engine';
import { FiltersEngine, Request } from '@ghostery/adblocker';
import { describe, expect, test } from 'vitest';
import { filterKeys } from '../../lib/ads/filter-keys';
import { parse } from '../../lib/ads/site-domain';
import { mayBeAdUrl, urlKeys } from '../../lib/ads/url-keys';
import { listFixtures, loadFixture } from '../../scripts/score-page';

const PAGE = 'https://blog.example.com/post';

function requestOf(url: string, type: 'image' | 'sub_frame' | 'other'): Request {
  const target = parse(url);
  const source = parse(PAGE);
  return Request.fromRawDetails({
    url,
    hostname: target.hostname,
    domain: target.domain,
    sourceUrl: PAGE,
    sourceHostname: source.hostname,
    sourceDomain: source.domain,
    type,
  });
}

/** Every absolute URL in the fixture pages' markup (links, pictures, frames), with how it is used. */
function fixtureUrls(): { url: string; type: 'image' | 'sub_frame' | 'other' }[] {
  const seen = new Set<string>();
  const out: { url: string; type: 'image' | 'sub_frame' | 'other' }[] = [];
  for (const slug of listFixtures()) {
    const html = loadFixture(slug).html;
    for (const m of html.matchAll(/<(\w+)[^>]*?\s(?:href|src|data-src|data-lazy-src)="(https?:\/\/[^"]+)"/g)) {
      const tag = (m[1] ?? '').toLowerCase();
      const type = tag === 'img' ? 'image' : tag === 'iframe' ? 'sub_frame' : 'other';
      const url = (m[2] ?? '').replace(/&amp;/g, '&');
      if (!seen.has(`${type} ${url}`)) seen.add(`${type} ${url}`) && out.push({ url, type });
    }
  }
  return out;
}

describe('which URLs the network filters can take (the engine is asked only about those)', () => {
  test('the bundle reads the built-in lists as filterKeys does', () => {
    expect(builtInKeys).toEqual(filterKeys(listText));
  });

  test('keys are what the engine indexes by: simple class and id filters, links only for `a[href…]` filters', () => {
    const keys = filterKeys(
      '##.ad-slot\n###top-ad\n##.box > .ad\n##td > p:has(> a[href^="https://x.example/"])\nexample.com##.promo',
    );
    expect(keys).toMatchObject({ classes: ['ad-slot', 'box'], ids: ['top-ad'], keyedByHref: false });
    expect(filterKeys('##a[href^="https://track.example/"]').keyedByHref).toBe(true);
  });

  test('no URL of any fixture that the engine takes is passed over', () => {
    const engine = FiltersEngine.parse(listText);
    const keys = urlKeys([builtInKeys]);
    const urls = fixtureUrls();
    const ads = urls.filter(({ url, type }) => engine.match(requestOf(url, type)).match);
    const missed = ads.filter(
      ({ url, type }) => !mayBeAdUrl(keys, url, parse(url).hostname, () => requestOf(url, type)),
    );
    expect(missed).toEqual([]);
    // The lists take hundreds of the fixtures' URLs and leave most of them: both sides are exercised.
    expect(ads.length).toBeGreaterThan(100);
    const passedOver = urls.filter(
      ({ url, type }) => !mayBeAdUrl(keys, url, parse(url).hostname, () => requestOf(url, type)),
    );
    expect(passedOver.length).toBeGreaterThan(urls.length / 2);
  });

  test('a host is listed by whole labels, as the engine anchors `||host^`', () => {
    const keys = urlKeys([filterKeys('||ads.example.net^\n/banner/*$image\n@@||good.example.org^')]);
    const never = () => {
      throw new Error('the host alone tells');
    };
    expect(mayBeAdUrl(keys, 'https://ads.example.net/a.js', 'ads.example.net', never)).toBe(true);
    expect(mayBeAdUrl(keys, 'https://cdn.ads.example.net/a.js', 'cdn.ads.example.net', never)).toBe(true);
    expect(keys.hosts.has('good.example.org')).toBe(false);
    const ask = (url: string, type: 'image' | 'other' = 'image') =>
      mayBeAdUrl(keys, url, parse(url).hostname, () => requestOf(url, type));
    expect(ask('https://badads.example.net/x.png')).toBe(false);
    expect(ask('https://cdn.example.com/BANNER/1.png')).toBe(true);
    // The pattern fits, its `$image` option does not: the request decides.
    expect(ask('https://cdn.example.com/banner/1.png', 'other')).toBe(false);
    // No banner in the address: ruled out without a request.
    expect(mayBeAdUrl(keys, 'https://cdn.example.com/logo.png', 'cdn.example.com', never)).toBe(false);
  });
});
