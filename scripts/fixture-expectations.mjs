/**
 * What must hold after the pipeline on a fixture page, computed from the raw HTML alone, never from
 * lib/: ad regions are the `<!-- affiliate ads begin/end -->` spans (cut out with a regex), the element
 * after `<!-- add seo affiliate products -->`, Google's <ins class="adsbygoogle"> and the "Also read:"
 * link farm. What is left of the article is content, and every paragraph of it must survive.
 * Used by scripts/import-corpus.mjs and scripts/add-fixture.mjs.
 */
import { Window } from 'happy-dom';

const AD_SPAN = /<!--\s*affiliate ads begin\s*-->[\s\S]*?<!--\s*affiliate ads end\s*-->/gi;
const ADD_SEO = /^\s*add seo affiliate products\s*$/i;
const ALSO_READ = /^\s*also read\s*:?\s*$/i;
const URL_ATTRIBUTES = ['href', 'src', 'data-src', 'data-lazy-src', 'poster'];
/** Lazy-load placeholders are shared by ads and screenshots: they identify nothing. */
const PLACEHOLDER = /\/images\/loading\.svg$/;
/** Where the article is, most specific first (the selector prefixes every content count). */
const ROOTS = ['.article-content', '[itemprop="articleBody"]', 'article', 'main', '#content', 'body'];
const TEXT_BLOCKS = ['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'td', 'dd', 'pre'];
const COUNTED = ['p', 'li', 'ol', 'ul', 'h2', 'h3', 'h4', 'table', 'pre', 'blockquote'];
const PREFIX_LENGTH = 48;

const clean = (text) => (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
const cssString = (value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;

export function parse(html) {
  const window = new Window({
    url: 'http://127.0.0.1/page.html',
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  window.document.write(html);
  return window;
}

function urlsIn(el) {
  const urls = [];
  for (const node of [el, ...el.querySelectorAll('*')]) {
    for (const attr of URL_ATTRIBUTES) {
      const value = node.getAttribute?.(attr);
      if (value && !PLACEHOLDER.test(value) && !/^#/.test(value)) urls.push([attr, value]);
    }
  }
  return urls;
}

/** Ad boxes the comment spans do not cover, found in the span-free document. */
function otherAdRegions(doc) {
  const regions = new Set();
  for (const ins of doc.querySelectorAll('ins.adsbygoogle')) {
    const wrapper = ins.parentElement;
    const alone =
      wrapper && wrapper.tagName === 'P' && clean(wrapper.textContent) === '' && !wrapper.querySelector('img');
    regions.add(alone ? wrapper : ins);
  }
  const walker = doc.createTreeWalker(doc.body, 128 /* SHOW_COMMENT */);
  for (let c = walker.nextNode(); c; c = walker.nextNode()) {
    if (!ADD_SEO.test(c.nodeValue ?? '')) continue;
    let next = c.nextSibling;
    while (next && next.nodeType !== 1) next = next.nextSibling;
    if (next) regions.add(next);
  }
  for (const el of doc.querySelectorAll('p, div, span, strong, h3, h4')) {
    if (el.children.length > 1 || !ALSO_READ.test(el.textContent ?? '')) continue;
    let label = el;
    while (label.parentElement && clean(label.parentElement.textContent) === clean(el.textContent)) {
      label = label.parentElement;
    }
    const list = label.nextElementSibling;
    // The list may come bare or wrapped in a <div>; either way it is a column of links.
    if (list && list.querySelectorAll('li a').length >= 3) regions.add(label).add(list);
  }
  return [...regions];
}

/**
 * Ad, content and text expectations for one page, from its raw HTML alone (never from lib/).
 * `label` 'positive': ads must go and the article must stay; 'negative': the whole page must stay.
 * `handAds`: selectors of further ads a person pointed out; their text is not content.
 */
export function expectationsOf(raw, label, handAds = []) {
  const spans = raw.match(AD_SPAN) ?? [];
  const spanFree = raw.replace(AD_SPAN, '');
  const rawWindow = parse(raw);
  const window = parse(spanFree);
  const doc = window.document;

  const adUrls = [];
  for (const span of spans) {
    const holder = doc.createElement('div');
    holder.innerHTML = span;
    adUrls.push(...urlsIn(holder));
  }
  // Ads a person pointed out by selector (hand-written fixtures): the element, or the paragraph it fills.
  const pointedOut = handAds
    .flatMap((sel) => [...doc.querySelectorAll(sel)])
    .map((el) => {
      const p = el.parentElement;
      return p?.tagName === 'P' && clean(p.textContent) === clean(el.textContent) ? p : el;
    });
  for (const region of [...otherAdRegions(doc), ...pointedOut]) {
    adUrls.push(...urlsIn(region));
    region.remove();
  }

  const contentUrls = new Set(urlsIn(doc.body).map(([, url]) => url));
  const adsGone = [];
  if (label === 'positive') {
    if (rawWindow.document.querySelector('ins.adsbygoogle')) adsGone.push('ins.adsbygoogle');
    for (const [attr, url] of adUrls) {
      if (contentUrls.has(url)) continue;
      const selector = `body [${attr}=${cssString(url)}]`;
      if (!adsGone.includes(selector) && rawWindow.document.querySelector(selector)) adsGone.push(selector);
    }
  }

  // A negative page must come out untouched, all of it; on a help page the article is what counts.
  const root = label === 'positive' ? (ROOTS.find((sel) => doc.querySelector(sel)) ?? 'body') : 'body';
  const contentKept = [];
  const hosts = new Map();
  for (const img of doc.querySelectorAll(`${root} img`)) {
    for (const attr of ['data-src', 'src']) {
      const host = /^(?:https?:)?\/\/([^/]+)\//.exec(img.getAttribute(attr) ?? '')?.[1];
      if (!host) continue;
      const selector = `${root} img[${attr}*=${cssString(`//${host}/`)}]`;
      hosts.set(selector, (hosts.get(selector) ?? 0) + 1);
      break;
    }
  }
  for (const [selector, count] of hosts) contentKept.push({ selector, count });
  for (const tag of COUNTED) {
    const count = doc.querySelectorAll(`${root} ${tag}`).length;
    if (count > 0) contentKept.push({ selector: `${root} ${tag}`, count });
  }

  const keepTexts = [];
  for (const el of doc.querySelectorAll(TEXT_BLOCKS.map((t) => `${root} ${t}`).join(','))) {
    if (el.closest('script, style, noscript, template')) continue;
    const text = clean(el.textContent);
    if (text.length < 4) continue;
    const prefix = text.length <= PREFIX_LENGTH ? text : text.slice(0, PREFIX_LENGTH).replace(/\s\S*$/, '');
    if (!keepTexts.includes(prefix)) keepTexts.push(prefix);
  }

  // Every expectation must hold on the page as published, or it could never fail.
  const rawDoc = rawWindow.document;
  const rawText = clean(rawDoc.body?.textContent);
  for (const { selector, count } of contentKept) {
    if (rawDoc.querySelectorAll(selector).length < count) throw new Error(`content count ${selector} > raw`);
  }
  for (const prefix of keepTexts) if (!rawText.includes(prefix)) throw new Error(`text not in raw page: ${prefix}`);

  rawWindow.close();
  window.close();
  return { adsGone, contentKept, keepTexts };
}
