import { t } from '../i18n';
import type { Outline } from '../outline/types';
import { langWords } from '../rules/lang';
import { topicWords } from '../rules/topic-words';
import { cleanText, countMatches, eachText, foldText, normalizeText } from '../text';
import type { Platform, Verdict } from '../types';
import { structureReason } from './structure-reason';

/** A page with this many code blocks is written for developers, not for a person fixing their phone. */
const MAX_CODE_BLOCKS = 3;
/** Reading more than this many characters of body text changes no verdict. */
const MAX_TEXT = 80_000;

/** The text under `root`, leaving out ad boxes (their sales copy would skew every count). */
function textOutside(root: Element, ads: Set<Node>): string {
  if (ads.size === 0) return root.textContent ?? '';
  let text = '';
  eachText(
    root,
    (node) => ads.has(node),
    (node) => {
      text += ` ${node.nodeValue}`;
      return text.length < MAX_TEXT;
    },
  );
  return text;
}

/** Blocks of the article that speak of WhatsApp and backups in the same breath. */
function pairedBlocks(outline: Outline): number {
  let paired = 0;
  for (const el of outline.blocks) {
    if (!outline.root.contains(el) || outline.isAd(el)) continue;
    const text = foldText(el.textContent ?? '');
    if (topicWords.whatsapp.test(text) && topicWords.backup.test(text)) paired++;
  }
  return paired;
}

/** Advice words in the sections of the fixes found. */
function adviceInFixes(outline: Outline): number {
  const first = outline.fixes?.headings[0]?.el;
  const at = first ? (outline.order.get(first) ?? outline.order.get(first.parentElement as Element)) : undefined;
  if (first === undefined || at === undefined) return 0;
  // From the first fix on, and the list that holds it when the fixes are its items.
  const holders = new Set<Element>();
  for (let el = first.parentElement; el; el = el.parentElement) holders.add(el);
  const text = outline.flow
    .filter((el) => (outline.order.get(el) ?? -1) > at || holders.has(el))
    .map((el) => el.textContent ?? '');
  return countMatches(foldText(text.join(' ').slice(0, MAX_TEXT)), langWords.advice);
}

function platformsIn(text: string): Platform[] {
  return topicWords.platforms.filter((p) => p.pattern.test(text)).map((p) => p.name as Platform);
}

/**
 * Is this a WhatsApp-backup help page, and does it carry a list of fixes? Decided on the article body,
 * not the title alone: a promising title over a product promo or another topic is left alone.
 */
export function detectHelpPage(outline: Outline): Verdict {
  const { doc, fixes, howTo } = outline;
  const fixTitles = fixes ? fixes.headings.map((f) => f.title) : howTo.map((f) => f.title);
  const body = foldText(textOutside(outline.root, outline.ads).slice(0, MAX_TEXT));
  const title = normalizeText(`${doc.title} ${outline.title}`);
  const words = body.split(' ').length;

  const whatsapp = countMatches(body, topicWords.whatsapp);
  const backup = countMatches(body, topicWords.backup);
  const paired = pairedBlocks(outline);
  const promo = countMatches(body, topicWords.promo);
  // Advice ("make sure…", "pastikan…") tells the reader what to do only in the sections of fixes.
  const instructions = countMatches(body, topicWords.instructions) + (fixes ? adviceInFixes(outline) : 0);
  const trouble = countMatches(`${title} ${body.slice(0, 2000)}`, topicWords.trouble);
  const fixText = normalizeText(fixTitles.join(' . '));
  const topicalFixes = fixTitles.filter((title) => {
    const t = normalizeText(title);
    return topicWords.backup.test(t) || topicWords.whatsapp.test(t) || platformsIn(t).length > 0;
  }).length;
  const platforms = platformsIn(`${title} ${body}`);

  const reasons: string[] = [];
  let score = 0;
  const titleOnTopic = topicWords.whatsapp.test(title) && topicWords.backup.test(title);
  if (titleOnTopic) {
    reasons.push(t('reasonTitle'));
    score += topicWords.trouble.test(title) ? 2 : 1;
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
  // A title that promises the fixes ("How to fix …") speaks to the person at their phone, even where the page
  // opens with the causes and the instructions come later.
  const promisesFixes = langWords.fixesHeadings.test(title);
  const noInstructions = instructions === 0 && !promisesFixes;
  const notInstructions = noInstructions || outline.codeBlocks >= MAX_CODE_BLOCKS;
  if (noInstructions) reasons.push(t('reasonNoInstructions'));
  else if (outline.codeBlocks >= MAX_CODE_BLOCKS) reasons.push(t('reasonDeveloperDocs', outline.codeBlocks));
  if (fixes) reasons.push(structureReason(fixes));
  else if (howTo.length >= 2) reasons.push(t('reasonHowToSteps', howTo.length));
  if (trouble > 0) reasons.push(t('reasonTrouble'));
  if (outline.readerable) score += 1;
  // A heading that announces fixes over a list of them is what a help page is made of; so are phases holding
  // them (a tutorial's parts are kept out below by its title, whatever its structure).
  if (fixes?.announced || fixes?.grouped) score += 1;
  // So is a title that names the trouble over a list of fixes, however briefly the article goes on about it.
  const titleNamesTrouble = titleOnTopic && topicWords.trouble.test(title);
  if (fixes && titleNamesTrouble) score += 1;

  // "How to back up WhatsApp", "How to know your backup is complete": a tutorial, nothing to fix.
  const tutorial = !topicWords.trouble.test(title) && langWords.howTo.test(title) && !fixes?.announced;
  // Something has to be wrong: a tutorial or news item about backups, however on topic, has nothing to fix.
  const isHelpPage = score >= 5 && !promoHeavy && !notInstructions && trouble >= 2 && !tutorial;
  // Numbered fixes announce themselves; unnumbered headings are fixes only under a title that names the trouble,
  // and under such a title even fixes that do not repeat the topic's words ("Check your connection") are its fixes.
  const announced = !fixes || fixes.numbered || fixes.announced || titleNamesTrouble;
  const autoOpen =
    isHelpPage &&
    fixTitles.length >= 2 &&
    announced &&
    (topicalFixes >= 2 || topicWords.backup.test(fixText) || titleNamesTrouble);
  return { isHelpPage, autoOpen, score, platforms, reasons: reasons.map((r) => cleanText(r)) };
}
