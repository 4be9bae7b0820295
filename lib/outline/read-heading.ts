import { parseFixHeading } from '../rules/fix-headings';
import { langWords } from '../rules/lang';
import { topicWords } from '../rules/topic-words';
import { cleanText, foldText, normalizeText } from '../text';
import type { OutlineHeading } from './types';

/** A title's trailing colon is punctuation, not part of it: "Check your connection:". */
export function withoutColon(title: string): string {
  return title.replace(/\s*[:：]\s*$/, '');
}

/**
 * A candidate that is nothing but one link points somewhere else: a listed post ("Top posts", "Related")
 * or a table-of-contents entry repeating a heading, not a fix. A link to itself (a permalink) is no pointer.
 */
export function isPointer(el: Element, text: string): boolean {
  const links = el.querySelectorAll('a[href]');
  if (links.length !== 1 || cleanText(links[0]?.textContent) !== text) return false;
  const href = links[0]?.getAttribute('href') ?? '';
  if (!href.startsWith('#')) return true;
  let id = href.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape is still an id to look up as written.
  }
  return !el.ownerDocument.getElementById(id)?.contains(el);
}

/** One heading (or bold lead-in) of the outline: its text, folded text and numbering, read once. */
export function readHeading(el: Element, kind: string, level: number): OutlineHeading | null {
  const text = cleanText(el.textContent);
  if (!text) return null;
  const parsed = parseFixHeading(text);
  return {
    el,
    kind,
    level,
    text,
    folded: normalizeText(text),
    number: parsed?.number ?? null,
    title: withoutColon(parsed?.title ?? text),
    pointer: isPointer(el, text),
  };
}

/** Headings that end the article's fixes: conclusion, FAQ, related posts, comments. */
export const isEndHeading = (h: OutlineHeading) => startsWith(h.folded, langWords.endHeadings);
/** Headings that are never fixes: intro, why it happens, how to back up, causes. */
export const isNotFixHeading = (h: OutlineHeading) => startsWith(h.folded, langWords.notFixHeadings);
export const isCauseHeading = (h: OutlineHeading) => startsWith(h.folded, langWords.causeHeadings);
export const isFixesHeading = (h: OutlineHeading) => langWords.fixesHeadings.test(h.folded);
/** At least half of these lead-ins open a paragraph or item that tells the reader what to do: fixes, not prose. */
export const mostSayWhatToDo = (leadIns: OutlineHeading[]) =>
  leadIns.filter((h) => langWords.advice.test(foldText(h.el.parentElement?.textContent ?? ''))).length * 2 >=
  leadIns.length;
/** A device heading ("Android", "On iPhone", "Para iOS"): what a fix is split by, or what fixes are grouped by. */
export const isDeviceHeading = (h: OutlineHeading) =>
  h.folded.split(' ').length <= 4 && topicWords.devices.test(h.folded);

/**
 * Does the folded text open with one of the words? A heading is named by how it starts ("Conclusion: …",
 * "Why …"); Chinese and Japanese put the word last ("…的原因", "…のまとめ"), so there it may stand anywhere.
 */
function startsWith(folded: string, pattern: RegExp): boolean {
  const match = pattern.exec(folded);
  return !!match && (match.index === 0 || /[\u3040-\u9fff]/.test(match[0]));
}
