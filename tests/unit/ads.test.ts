import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFilters } from '@ghostery/adblocker';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdEngine } from '@/lib/ads/ad-engine';
import { checkFilters } from '@/lib/ads/check-filters';
import { hidingCss } from '@/lib/ads/hiding-css';
import { findAds, stripAds } from '@/lib/ads/strip-ads';
import { watchAds } from '@/lib/ads/watch-ads';

const FILTERS_DIR = join(__dirname, '..', '..', 'lib', 'ads', 'filters');
const lists = readdirSync(FILTERS_DIR).map((name) => ({ name, text: readFileSync(join(FILTERS_DIR, name), 'utf8') }));

const ARTICLE = `<article><h1>WhatsApp backup stuck? Fixes</h1><div class="entry-content">
<p>WhatsApp keeps a copy of your chats on Google Drive.</p>
<h2>1. Check the Google account</h2><ol><li>Open WhatsApp settings.</li><li>Pick the account.</li></ol>
<figure><img class="wp-image-1" src="/shot.png"></figure>
<h2>2. Free up space</h2><p>Drive must have room. A <a id="inline" href="https://amzn.to/abc">phone drive</a> helps.</p>
</div></article><section id="comments"><ol class="comment-list"><li>It worked!</li></ol></section>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('filter lists', () => {
  it('parse completely in the engine: no line of ours is unsupported', () => {
    for (const { name, text } of lists) {
      expect(parseFilters(text).notSupportedFilters, name).toEqual([]);
    }
  });

  it('say where each network was seen, and cover at least 50 networks', () => {
    const headers = lists.flatMap(({ text }) => text.match(/^! --- .+ ---$/gm) ?? []);
    expect(headers.length).toBeGreaterThanOrEqual(50);
    for (const { name, text } of lists) {
      for (const section of text.split(/^! --- /m).slice(1)) {
        const lines = section.split('\n');
        expect(lines[1], `${name}: ${lines[0]}`).toMatch(/^! \S/);
        expect(
          lines.some((l) => l && !l.startsWith('!')),
          `${name}: ${lines[0]} has filters`,
        ).toBe(true);
      }
    }
  });
});

describe('findAds', () => {
  it('takes a known network box with its empty wrapper, keeps an affiliate link inside a sentence', () => {
    document.body.innerHTML = `${ARTICLE}<div class="wrap"><div id="taboola-below-article-thumbnails"><a href="https://x.example/">Doctors stunned</a></div></div>`;
    stripAds(document);
    expect(document.querySelector('.wrap')).toBeNull();
    expect(document.querySelector('#inline')?.textContent).toBe('phone drive');
    expect(document.querySelectorAll('h2')).toHaveLength(2);
  });

  it('skips a filter that would take the article, and says why', () => {
    document.body.innerHTML = ARTICLE;
    const engine = createAdEngine('##.entry-content\n##.comment-list');
    const { nodes, skipped, keptSelectors } = findAds(document, engine);
    expect(nodes).toHaveLength(0);
    expect(skipped.map((s) => s.reason).sort()).toEqual(['comments', 'fix heading']);
    expect(keptSelectors).toEqual(expect.arrayContaining(['.entry-content', '.comment-list']));
  });

  it('honours site-specific filters and #@# exceptions of the person', () => {
    document.body.innerHTML = `${ARTICLE}<div class="promo-x">Buy now</div><div class="ad-slot-y"><iframe src="https://ads.unknown.example/f"></iframe></div>`;
    const here = location.hostname;
    const engine = createAdEngine(`${here}##.promo-x\n||ads.unknown.example^\n${here}#@#.promo-x`);
    const { nodes } = findAds(document, engine);
    expect(nodes.map((n) => (n as Element).className)).toEqual(['ad-slot-y']);
  });

  it('takes a box labelled as an ad in another language, and its labelled wrapper once empty', () => {
    document.body.innerHTML = `${ARTICLE}<div class="w1"><span>- Pubblicità -</span><div><ins class="adsbygoogle"></ins></div></div><div class="w2"><p>Реклама</p><iframe src="https://unknown.example/b"></iframe></div>`;
    stripAds(document);
    expect(document.querySelector('.w1')).toBeNull();
    expect(document.querySelector('.w2')).toBeNull();
    expect(document.querySelector('#comments li')).not.toBeNull();
  });

  it('takes a widget titled "Advertisement", keeps a section under an "Ads" heading that has words', () => {
    document.body.innerHTML = `${ARTICLE}<aside id="custom_html-2"><h2 class="widget-title">Advertisement</h2><div><ins class="adsbygoogle"></ins></div></aside><section class="faq"><h3>Ads</h3><p>WhatsApp shows no ads in chats.</p></section>`;
    stripAds(document);
    expect(document.querySelector('#custom_html-2')).toBeNull();
    expect(document.querySelector('.faq h3')?.textContent).toBe('Ads');
  });

  it('takes a Taboola box rendered outside its container, header and all', () => {
    document.body.innerHTML = `${ARTICLE}<div class="trc_rbox"><div class="trc_rbox_header">Recommended for you</div><div class="trc_rbox_div"><a href="https://x.example/1">Doctors stunned</a></div></div>`;
    stripAds(document);
    expect(document.querySelector('.trc_rbox')).toBeNull();
    expect(document.querySelectorAll('h2')).toHaveLength(2);
  });

  it('takes an "Also read:" farm of links to other sites, keeps the site\u2019s own "Related posts"', () => {
    const list = (base: string) =>
      `<ul>${[1, 2, 3].map((i) => `<li><a href="${base}/p${i}">Post ${i}</a></li>`).join('')}</ul>`;
    document.body.innerHTML = `${ARTICLE}<div class="farm"><p>Also read:</p>${list('https://elsewhere.example')}</div><div class="related"><h3>Related posts</h3>${list('')}</div>`;
    stripAds(document);
    expect(document.querySelector('.farm ul')).toBeNull();
    expect(document.querySelectorAll('.related li')).toHaveLength(3);
  });

  it('keeps a label that sits with the article title (a sponsored post is still the article)', () => {
    document.body.innerHTML = ARTICLE.replace('<h1>', '<header><span>Sponsored</span><h1>').replace(
      '</h1>',
      '</h1></header>',
    );
    const { skipped } = findAds(document);
    expect(skipped).toEqual([{ filter: 'label "Sponsored"', reason: 'title' }]);
  });
});

describe('hidingCss', () => {
  it('hides the lists\u2019 boxes, never links (they may be in a sentence) nor selectors kept on this page', () => {
    document.body.innerHTML = ARTICLE;
    const engine = createAdEngine('##.entry-content');
    const css = hidingCss(engine, document, findAds(document, engine).keptSelectors);
    expect(css).toContain('ins.adsbygoogle { display: none !important; }');
    expect(css).toContain('.trc_related_container { display: none !important; }');
    expect(css).not.toContain('.entry-content {');
    expect(css).not.toContain('a[rel~="sponsored"]');
  });
});

describe('watchAds', () => {
  it('removes an ad inserted after load, through the same engine', async () => {
    document.body.innerHTML = ARTICLE;
    const stop = watchAds(document.body, createAdEngine('##.late-promo'));
    const late = document.createElement('div');
    late.innerHTML = '<div class="late-promo"><img src="https://cdn.example/p.png"></div>';
    document.body.append(late);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('.late-promo')).toBeNull();
    stop();
  });
});

describe('checkFilters ("My filters")', () => {
  it('names each line it skips and why, and passes the rest on', () => {
    const { accepted, problems } = checkFilters(
      '! my list\n##.promo\nexample.com##div[[[\nhello world\n||ads.example^$third-party\nexample.com##+js(nobab)\n\n##.ok',
    );
    expect(accepted).toEqual(['##.promo', '||ads.example^$third-party', '##.ok']);
    expect(problems).toEqual([
      { line: 3, text: 'example.com##div[[[', problem: 'filterNotParsed' },
      { line: 4, text: 'hello world', problem: 'filterHasSpaces' },
      { line: 6, text: 'example.com##+js(nobab)', problem: 'filterScriptlet' },
    ]);
  });
});

describe('site-domain (host and site for $domain= and $third-party, without the public-suffix list)', () => {
  it('finds the registrable site under one- and two-label suffixes', async () => {
    const { parse } = await import('@/lib/ads/site-domain');
    expect(parse('https://news.example.co.uk/a?b#c')).toEqual({
      hostname: 'news.example.co.uk',
      domain: 'example.co.uk',
    });
    expect(parse('//cdn.taboola.com/libtrc/x.js')).toEqual({ hostname: 'cdn.taboola.com', domain: 'taboola.com' });
    expect(parse('https://user@www.tokopedia.co.id:8080/')).toEqual({
      hostname: 'www.tokopedia.co.id',
      domain: 'tokopedia.co.id',
    });
    expect(parse('http://127.0.0.1:5173/p.html')).toEqual({ hostname: '127.0.0.1', domain: '127.0.0.1' });
  });
});
