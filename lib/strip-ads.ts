import { adRules } from './rules/ad-rules';
import { cleanText } from './text';

/** Never removed, whatever they contain: the page's skeleton and Fixlist's own UI. */
const PROTECTED = new Set(['HTML', 'HEAD', 'BODY', 'MAIN', 'ARTICLE', 'FIXLIST-SIDEBAR']);
const AD_SELECTOR = adRules.selectors.join(',');
const URL_SELECTOR = adRules.urlAttributes.map((a) => `[${a}]`).join(',');

function isAdUrl(url: string): boolean {
  return adRules.urlPatterns.some((pattern) => pattern.test(url));
}

function pointsAtAd(el: Element): boolean {
  return adRules.urlAttributes.some((attr) => {
    const value = el.getAttribute(attr);
    return value !== null && isAdUrl(value);
  });
}

/** Does `box` hold any non-blank text outside `ad`? Skips the ad's subtree and stops at the first word. */
function hasTextBesides(box: Element, ad: Element): boolean {
  const walker = box.ownerDocument.createTreeWalker(box, 1 | 4, {
    acceptNode: (node) => (node === ad ? 2 : 1),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3 && /[^\s\u00a0\u200b]/.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

function hasOtherMedia(box: Element, ad: Element): boolean {
  for (const media of box.querySelectorAll('img, iframe, video, picture, svg')) {
    if (!ad.contains(media) && !media.contains(ad) && !pointsAtAd(media)) return true;
  }
  return false;
}

/**
 * The box an ad element sits in: climb while the parent holds nothing but this ad (no other text,
 * no other picture). Returns null for an ad link inside running text: the sentence is the article's.
 */
function adBox(el: Element): Element | null {
  let box = el;
  if (el.tagName === 'A' && el.parentElement && hasTextBesides(el.parentElement, el)) {
    return cleanText(el.textContent) === '' || el.querySelector('img') ? el : null;
  }
  for (let parent = box.parentElement; parent && !PROTECTED.has(parent.tagName); parent = parent.parentElement) {
    if (hasTextBesides(parent, box) || hasOtherMedia(parent, box)) break;
    box = parent;
  }
  return box;
}

/** Every node between an "ads begin" comment and its "ads end" sibling, both comments included. */
function commentBlockNodes(root: ParentNode): Node[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const nodes: Node[] = [];
  const walker = doc.createTreeWalker(root as Node, 128 /* SHOW_COMMENT */);
  for (let c = walker.nextNode(); c; c = walker.nextNode()) {
    const rule = adRules.commentBlocks.find((r) => r.begin.test(c?.nodeValue ?? ''));
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
    if (end) nodes.push(...block, end);
  }
  return nodes;
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

/** The "Also read:" label and the list of links that follows it. */
function linkFarmNodes(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('p, span, strong, b, h2, h3, h4, h5, h6, div')) {
    if (el.children.length > 1) continue;
    const text = shortText(el, 200);
    if (text === null || !adRules.linkFarmLabels.some((re) => re.test(text))) continue;
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
    const links = list.querySelectorAll('a').length;
    const items = list.querySelectorAll('li').length;
    if (links >= 3 && items >= 3) found.push(label, list);
  }
  return found;
}

/** Every ad node under `root`, without changing anything. */
export function findAds(root: ParentNode): Node[] {
  const ads = new Set<Node>(commentBlockNodes(root));
  for (const el of root.querySelectorAll(AD_SELECTOR)) ads.add(adBox(el) ?? el);
  for (const el of root.querySelectorAll(URL_SELECTOR)) {
    if (!pointsAtAd(el)) continue;
    const box = adBox(el);
    if (box) ads.add(box);
  }
  for (const el of linkFarmNodes(root)) ads.add(el);
  // An ad inside another ad goes with it: keep only the outermost boxes.
  return [...ads].filter((node) => {
    for (let p = node.parentNode; p; p = p.parentNode) if (ads.has(p)) return false;
    return true;
  });
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
export function stripAds(root: ParentNode): number {
  return removeAds(findAds(root));
}
