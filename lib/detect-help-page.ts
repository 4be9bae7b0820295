import { isProbablyReaderable } from '@mozilla/readability';
import { commonAncestor } from './common-ancestor';
import { guideTitle } from './extract-guide';
import { type FixHeading, findFixHeadings } from './find-fix-headings';
import { t } from './i18n';
import { howToFixes } from './read-howto';
import { topicWords } from './rules/topic-words';
import { cleanText, countMatches, normalizeText } from './text';
import type { Platform, Verdict } from './types';

/** Where a page keeps its article, most specific first; the body when none matches. */
const ARTICLE_SELECTOR =
  'article, main, [role="main"], .article-content, .post-content, .entry-content, .markdown-body';
/** A page with this many code blocks is written for developers, not for a person fixing their phone. */
const MAX_CODE_BLOCKS = 3;
/** Reading more than this many characters of body text changes no verdict. */
const MAX_TEXT = 80_000;

function articleRoot(doc: Document, fixes: FixHeading[]): Element {
  const root = fixes.length >= 2 ? commonAncestor(fixes.map((f) => f.el)) : null;
  if (root) return root;
  return doc.querySelector(ARTICLE_SELECTOR) ?? doc.body ?? doc.documentElement;
}

/** The text under `root`, leaving out ad boxes (their sales copy would skew every count). */
function textOutside(root: Element, ads: Set<Node>): string {
  if (ads.size === 0) return root.textContent ?? '';
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (ads.has(node) ? 2 /* FILTER_REJECT: skip the subtree */ : 1),
  });
  for (let node = walker.nextNode(); node && text.length < MAX_TEXT; node = walker.nextNode()) {
    if (node.nodeType === 3) text += ` ${node.nodeValue}`;
  }
  return text;
}

/** Blocks of the article that speak of WhatsApp and backups in the same breath. */
function pairedBlocks(root: Element, isAd: (el: Element) => boolean): number {
  let paired = 0;
  for (const el of root.querySelectorAll('p, li, h2, h3, h4, td')) {
    if (isAd(el)) continue;
    const text = normalizeText(el.textContent ?? '');
    if (topicWords.whatsapp.test(text) && topicWords.backup.test(text)) paired++;
  }
  return paired;
}

function platformsIn(text: string): Platform[] {
  return topicWords.platforms.filter((p) => p.pattern.test(text)).map((p) => p.name as Platform);
}

/**
 * Is this a WhatsApp-backup help page, and does it carry numbered fixes? Decided on the article body,
 * not the title alone: a promising title over a product promo or another topic is left alone.
 */
export function detectHelpPage(doc: Document, ads: Node[] = []): Verdict {
  const adSet = new Set(ads);
  const isAd = (el: Element) => {
    for (let n: Node | null = el; n; n = n.parentNode) if (adSet.has(n)) return true;
    return false;
  };
  const fixes = findFixHeadings(doc.body ?? doc).filter((f) => !isAd(f.el));
  // Without numbered headings, a schema.org HowTo can still declare the fixes.
  const howTo = fixes.length >= 2 ? [] : howToFixes(doc);
  const fixTitles = fixes.length >= 2 ? fixes.map((f) => f.title) : howTo.map((f) => f.title);
  const root = articleRoot(doc, fixes);
  const body = normalizeText(textOutside(root, adSet).slice(0, MAX_TEXT));
  const title = normalizeText(`${doc.title} ${guideTitle(doc)}`);
  const words = body.split(' ').length;

  const whatsapp = countMatches(body, topicWords.whatsapp);
  const backup = countMatches(body, topicWords.backup);
  const paired = pairedBlocks(root, isAd);
  const promo = countMatches(body, topicWords.promo);
  const instructions = countMatches(body, topicWords.instructions);
  const codeBlocks = root.querySelectorAll('pre').length;
  const trouble = countMatches(`${title} ${body.slice(0, 2000)}`, topicWords.trouble);
  const fixText = normalizeText(fixTitles.join(' . '));
  const topicalFixes = fixTitles.filter((title) => {
    const t = normalizeText(title);
    return topicWords.backup.test(t) || topicWords.whatsapp.test(t) || platformsIn(t).length > 0;
  }).length;
  const platforms = platformsIn(`${title} ${body}`);

  const reasons: string[] = [];
  let score = 0;
  if (topicWords.whatsapp.test(title) && topicWords.backup.test(title)) {
    reasons.push(t('reasonTitle'));
    score += 1;
  }
  if (whatsapp >= 3 && backup >= 3) {
    reasons.push(t('reasonMentions', whatsapp, backup));
    score += 2;
  }
  if (paired >= 2) {
    reasons.push(t('reasonPassages', paired));
    score += 2;
  }
  for (const p of platforms) reasons.push(p);
  const promoHeavy = promo > Math.max(3, words / 300);
  if (promoHeavy) {
    reasons.push(t('reasonPromo', promo));
    score -= 4;
  }
  // News and explainers talk about backups without telling anyone what to tap; a README talks to developers.
  const notInstructions = instructions === 0 || codeBlocks >= MAX_CODE_BLOCKS;
  if (instructions === 0) reasons.push(t('reasonNoInstructions'));
  else if (codeBlocks >= MAX_CODE_BLOCKS) reasons.push(t('reasonDeveloperDocs', codeBlocks));
  if (fixes.length >= 2) reasons.push(t('reasonFixHeadings', fixes.length));
  else if (howTo.length >= 2) reasons.push(t('reasonHowToSteps', howTo.length));
  if (trouble > 0) reasons.push(t('reasonTrouble'));
  if (isProbablyReaderable(doc)) score += 1;

  const isHelpPage = score >= 5 && !promoHeavy && !notInstructions;
  const autoOpen =
    isHelpPage && fixTitles.length >= 2 && trouble > 0 && (topicalFixes >= 2 || topicWords.backup.test(fixText));
  return { isHelpPage, autoOpen, score, platforms, reasons: reasons.map((r) => cleanText(r)) };
}
