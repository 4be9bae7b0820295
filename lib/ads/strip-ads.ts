import { cleanText, eachText } from '../text';
import { type AdEngine, builtInAdEngine, type UrlKind } from './ad-engine';
import { adLabels } from './ad-labels';
import { articleIn } from './article-guard';
import { pageMarkers } from './page-markers';
import { tokensOf } from './page-tokens';

/** Never removed, whatever they contain: the page's skeleton and Fixlist's own UI. */
const PROTECTED = new Set(['HTML', 'HEAD', 'BODY', 'MAIN', 'ARTICLE', 'FIXLIST-SIDEBAR']);
/** The type selector a selector opens with: an element the page must hold for it to match. */
const LEADING_TAG = /^([a-z][a-z0-9-]*)(?![\w-])/i;
const LABELS = new Set<string>(adLabels);
/** What sites put around a label: "- Advertisement -", "[Anzeige]", "Publicidad:". */
const LABEL_TRIM = /^[\s\-–—·•|:()[\]]+|[\s\-–—·•|:()[\]]+$/g;
/** Something besides those: most short text nodes are the blanks between tags, told apart by one test. */
const NOT_TRIM = /[^\s\-–—·•|:()[\]]/;
/** Elements that print a link farm's label ("Also read:"). */
const LINK_FARM_LABEL = 'p, span, strong, b, h2, h3, h4, h5, h6, div';
/** Comments longer than this are no ad block's begin marker. */
const MAX_MARKER_COMMENT = 80;
/** A labelled box may hold a sponsored card's few words besides its label, never more. */
const LABELLED_BOX_TEXT = 200;

/** A filter (or signal) that would have taken article content on this page, and what it would have taken. */
export interface SkippedFilter {
  filter: string;
  reason: string;
}

export interface AdFindings {
  nodes: Node[];
  skipped: SkippedFilter[];
  /** Selectors that matched something kept on this page: the stylesheet must not hide them. */
  keptSelectors: string[];
}

const KIND: Record<string, UrlKind> = { IMG: 'image', SOURCE: 'image', IFRAME: 'sub_frame', SCRIPT: 'script' };

/** Text no reader sees: an ad's inline loader script is not words in its box. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Does `box` hold more than `limit` characters of visible text outside `skip`? Stops as soon as it does. */
function hasTextBesides(box: Element, skip: (node: Node) => boolean, limit = 0): boolean {
  let length = 0;
  eachText(
    box,
    (node) => skip(node) || UNSEEN.has((node as Element).tagName),
    (node) => {
      length += cleanText(node.nodeValue).length;
      return length <= limit;
    },
  );
  return length > limit;
}

/** A link with words of its own (no picture): what the links of a sentence are made of. */
function wordyLink(el: Element): boolean {
  return el.tagName === 'A' && cleanText(el.textContent) !== '' && !el.querySelector('img');
}

/** Does `el`'s parent hold words besides `el`? */
function amongWords(el: Element): boolean {
  return !!el.parentElement && hasTextBesides(el.parentElement, (n) => n === el);
}

/** A link with words of its own among other words: part of a sentence, the article's, whatever it leads to. */
function inSentence(el: Element): boolean {
  return wordyLink(el) && amongWords(el);
}

/** The ad finder for one page: the engine, the page address, and what has been judged so far. */
class AdFinder {
  readonly ads = new Set<Node>();
  readonly skipped: SkippedFilter[] = [];
  readonly kept = new Set<Element>();
  private readonly pageUrl: string;

  constructor(
    private readonly root: ParentNode,
    private readonly engine: AdEngine,
  ) {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    this.pageUrl = doc.location?.href ?? 'http://localhost/';
  }

  pointsAtAd(el: Element): boolean {
    return pageMarkers.urlAttributes.some((attr) => this.attributeIsAd(el, attr));
  }

  /** Does this one URL attribute (`srcset`: any of its URLs) lead to an ad host? */
  private attributeIsAd(el: Element, attr: string): boolean {
    const value = el.getAttribute(attr);
    if (!value) return false;
    const kind = KIND[el.tagName] ?? 'other';
    const urls = attr === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
    return urls.some((url) => this.engine.isAdUrl(url, kind, this.pageUrl));
  }

  private isAdOrInsideAd = (node: Node): boolean => {
    if (this.ads.size === 0) return false;
    for (let n: Node | null = node; n; n = n.parentNode) if (this.ads.has(n)) return true;
    return false;
  };

  private hasOtherMedia(box: Element, ad: Element): boolean {
    for (const media of box.querySelectorAll('img, iframe, video, picture, svg')) {
      if (ad.contains(media) || media.contains(ad) || this.isAdOrInsideAd(media)) continue;
      if (!this.pointsAtAd(media)) return true;
    }
    return false;
  }

  /**
   * The box an ad element sits in: climb while the parent holds nothing but this ad (no other text, no
   * other picture). Null for an ad link inside running text: the sentence is the article's.
   */
  adBox(el: Element): Element | null {
    // Among words, a link is the sentence's (kept) or, a picture or an empty link, the ad by itself.
    if (el.tagName === 'A' && amongWords(el)) return wordyLink(el) ? null : el;
    let box = el;
    for (let parent = box.parentElement; parent && !PROTECTED.has(parent.tagName); parent = parent.parentElement) {
      const inner = box;
      if (hasTextBesides(parent, (n) => n === inner || this.ads.has(n)) || this.hasOtherMedia(parent, box)) break;
      box = parent;
    }
    return box;
  }

  /** Take `box` unless it holds article content; then the filter is skipped on this page and listed. */
  take(box: Element, filter: string, matched = box): void {
    const why = PROTECTED.has(box.tagName) ? 'page skeleton' : articleIn(box, (img) => this.pointsAtAd(img));
    if (why) {
      this.skipped.push({ filter, reason: why });
      this.kept.add(matched);
      return;
    }
    this.ads.add(box);
  }

  byFilters(): string[] {
    const selectors = this.engine.selectorsFor(
      tokensOf(this.root as Document | Element, this.pageUrl, this.engine.keys),
    );
    // One query per selector: Chromium answers each from its class, id and tag maps or a quick walk; a
    // joined list takes it off those fast paths (measured: two to four times slower than all of them apart).
    // A selector that names a tag the page lacks (`ins…`, `amp-ad`, `iframe[…]`) matches nothing: one look
    // for the tag spares a walk of the page per selector that names it.
    const hasTag = new Map<string, boolean>();
    const byId = idKeyedMatches(this.root, selectors);
    for (const sel of selectors) {
      const tag = LEADING_TAG.exec(sel)?.[1]?.toLowerCase();
      if (tag) {
        if (!hasTag.has(tag)) hasTag.set(tag, this.root.querySelector(tag) !== null);
        if (!hasTag.get(tag)) continue;
      }
      for (const el of byId.get(sel) ?? matchesOf(this.root, sel)) {
        if (this.isAdOrInsideAd(el)) continue;
        const box = this.adBox(el);
        if (box) this.take(box, sel, el);
        else this.kept.add(el);
      }
    }
    // Attribute by attribute: an element is found by the attribute that holds a URL, and only that one is read.
    for (const attr of pageMarkers.urlAttributes) {
      for (const el of this.root.querySelectorAll(`[${attr}]`)) {
        // A link in a sentence stays whatever it leads to: its address need not be asked about.
        if (this.isAdOrInsideAd(el) || inSentence(el) || !this.attributeIsAd(el, attr)) continue;
        const box = this.adBox(el);
        if (box) this.take(box, `${el.tagName.toLowerCase()} → ${el.getAttribute(attr)}`);
      }
    }
    return selectors;
  }

  /**
   * One walk over the page's text for the short words that mark ads: ad labels ("Advertisement",
   * "Anzeige", "広告"…) and link-farm labels ("Also read:"). Returns the elements holding each.
   */
  labelTexts(): { adLabels: Element[]; linkFarmLabels: Element[] } {
    const doc = (this.root as Node).ownerDocument ?? (this.root as Document);
    const walker = doc.createTreeWalker(this.root as Node, 4);
    const adLabels: Element[] = [];
    const linkFarmLabels: Element[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      if (value.length > 40 || !NOT_TRIM.test(value) || !node.parentElement) continue;
      const label = value.replace(LABEL_TRIM, '');
      if (LABELS.has(label.toLowerCase())) adLabels.push(node.parentElement);
      else if (pageMarkers.linkFarmLabels.some((re) => re.test(value))) linkFarmLabels.push(node.parentElement);
    }
    return { adLabels, linkFarmLabels };
  }

  /** A box whose only words are an ad label ("Advertisement", "Anzeige", "広告"…), once its ads are counted out. */
  byLabels(labels: Element[]): void {
    for (const label of labels) {
      if (this.isAdOrInsideAd(label) || label.closest('a, li, td, nav')) continue;
      // A widget titled "Advertisement" (<h2 class="widget-title">) is a labelled box; an article section under
      // such a heading has words of its own, so a heading label climbs only over boxes with no other words.
      const heading = label.closest('h1, h2, h3, h4, h5, h6');
      const limit = heading ? 0 : LABELLED_BOX_TEXT;
      let box = heading ?? label;
      for (let parent = box.parentElement; parent && !PROTECTED.has(parent.tagName); parent = parent.parentElement) {
        const inner = box;
        const skip = (n: Node) => n === label || n === inner || this.ads.has(n);
        // Pictures and frames in a labelled box are its ad; the article guard keeps screenshots.
        if (hasTextBesides(parent, skip, limit)) break;
        box = parent;
        if (hasTextBesides(parent, skip)) break;
      }
      // A heading over words of its own is the article's section title, not an ad's label.
      if (box !== heading) this.take(box, `label "${cleanText(label.textContent)}"`);
    }
  }

  /** Every node between an "ads begin" comment and its "ads end" sibling, both comments included. */
  byCommentBlocks(): void {
    const doc = (this.root as Node).ownerDocument ?? (this.root as Document);
    const walker = doc.createTreeWalker(this.root as Node, 128 /* SHOW_COMMENT */);
    for (let c = walker.nextNode(); c; c = walker.nextNode()) {
      const text = c.nodeValue ?? '';
      // A block's begin comment is a few words; a theme's long comments and templates are not.
      if (text.length > MAX_MARKER_COMMENT) continue;
      const rule = pageMarkers.commentBlocks.find((r) => r.begin.test(text));
      if (!rule) continue;
      const block: Node[] = [c];
      let end: Node | null = null;
      for (let n = c.nextSibling; n; n = n.nextSibling) {
        if (n.nodeType === 8 && rule.end.test(n.nodeValue ?? '')) {
          end = n;
          break;
        }
        block.push(n);
      }
      // An unclosed block is left alone: better an ad too many than a lost paragraph.
      if (end) for (const n of [...block, end]) this.ads.add(n);
    }
  }

  /** Do more than half of these links lead to another host than the page's? */
  private mostlyOffSite(links: NodeListOf<HTMLAnchorElement>): boolean {
    const here = new URL(this.pageUrl).hostname;
    let away = 0;
    for (const a of links) {
      try {
        if (new URL(a.getAttribute('href') ?? '', this.pageUrl).hostname !== here) away++;
      } catch {
        // An href the URL parser rejects leads nowhere: it counts as the site's own.
      }
    }
    return away * 2 > links.length;
  }

  /** The "Also read:" label and the list of links that follows it, when it leads off the site. */
  byLinkFarms(texts: Element[]): void {
    for (const el of texts) {
      if (!el.matches(LINK_FARM_LABEL) || el.children.length > 1 || this.isAdOrInsideAd(el)) continue;
      const text = shortText(el, 200);
      if (text === null || !pageMarkers.linkFarmLabels.some((re) => re.test(text))) continue;
      let label: Element = el;
      while (
        label.parentElement &&
        !PROTECTED.has(label.parentElement.tagName) &&
        cleanText(label.parentElement.textContent) === cleanText(el.textContent)
      ) {
        label = label.parentElement;
      }
      const list = label.nextElementSibling;
      if (!list) continue;
      const links = list.querySelectorAll('a');
      // The site's own "Related posts" list is its content; a farm sends the reader to other sites.
      if (links.length >= 3 && list.querySelectorAll('li').length >= 3 && this.mostlyOffSite(links)) {
        this.ads.add(label);
        this.ads.add(list);
      }
    }
  }
}

/**
 * The elements `sel` picks, none when this browser rejects it (a selector only the other browser knows):
 * checking every selector up front would cost a parse each on every page, the pipeline's dearest step.
 */
function matchesOf(root: ParentNode, sel: string): Iterable<Element> {
  try {
    return root.querySelectorAll(sel);
  } catch {
    return [];
  }
}

/** One compound keyed by the element's id (`div[id^="div-gpt-ad"]`, `[id*="ScriptRootC"]`): op and value. */
const ID_KEYED = /^(?:[a-z][a-z0-9-]*)?\[id([\^*]?)="([^"\\]+)"\](?:\[[^\]]+\])*$/i;

/**
 * What each id-keyed selector picks, in page order, from one pass over the elements that have an id: a query
 * per selector walks the whole page each time (and parses the selector first), and most pages have few ids.
 * The id test only narrows; `matches` decides, so the answer is the query's.
 */
export function idKeyedMatches(root: ParentNode, selectors: string[]): Map<string, Element[]> {
  const keyed: { sel: string; op: string; value: string }[] = [];
  for (const sel of selectors) {
    const m = ID_KEYED.exec(sel);
    if (m) keyed.push({ sel, op: m[1] ?? '', value: m[2] ?? '' });
  }
  const found = new Map<string, Element[]>(keyed.map((k) => [k.sel, []]));
  if (keyed.length === 0) return found;
  for (const el of root.querySelectorAll('[id]')) {
    const id = el.getAttribute('id') ?? '';
    for (const { sel, op, value } of keyed) {
      const fits = op === '^' ? id.startsWith(value) : op === '*' ? id.includes(value) : id === value;
      if (fits && safeMatches(el, sel)) found.get(sel)?.push(el);
    }
  }
  return found;
}

/** Does `el` match `sel`, which this browser may reject? */
function safeMatches(el: Element, sel: string): boolean {
  try {
    return el.matches(sel);
  } catch {
    return false;
  }
}

/** The element's text, or null as soon as it is longer than `max` (a label is a few words). */
function shortText(el: Element, max: number): string | null {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += node.nodeValue ?? '';
    if (text.length > max) return null;
  }
  return text;
}

/** Every ad node under `root`, without changing anything, with the filters skipped to keep the article. */
export function findAds(root: ParentNode, engine: AdEngine = builtInAdEngine()): AdFindings {
  const finder = new AdFinder(root, engine);
  finder.byCommentBlocks();
  const selectors = finder.byFilters();
  const { adLabels, linkFarmLabels } = finder.labelTexts();
  finder.byLinkFarms(linkFarmLabels);
  finder.byLabels(adLabels);
  const keptSelectors = selectors.filter((sel) => [...finder.kept].some((el) => safeMatches(el, sel)));
  // An ad inside another ad goes with it: keep only the outermost boxes.
  const nodes = [...finder.ads].filter((node) => {
    for (let p = node.parentNode; p; p = p.parentNode) if (finder.ads.has(p)) return false;
    return true;
  });
  return { nodes, skipped: finder.skipped, keptSelectors };
}

/** Remove the given ad nodes from the live page. Returns how many went. */
export function removeAds(ads: Node[]): number {
  let removed = 0;
  for (const node of ads) {
    if (!node.parentNode) continue;
    node.parentNode.removeChild(node);
    removed++;
  }
  return removed;
}

/** Find and remove the ads under `root`. Returns how many boxes went. */
export function stripAds(root: ParentNode, engine?: AdEngine): number {
  return removeAds(findAds(root, engine).nodes);
}
