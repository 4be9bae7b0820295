import { firstLookWords } from './rules/lang/first-look-words';

/** Enough of the page's headings to judge it without reading its body. */
const MAX_HEADINGS = 40;
const HEADING_TAGS = ['h1', 'h2', 'h3'] as const;

/**
 * The every-page check: does the title, address or a heading mention WhatsApp and backups? It reads
 * no body text, so it costs a fraction of one DOM walk; anything that passes gets the full look.
 */
export function firstLook(doc: Document): boolean {
  let text = `${doc.title} ${doc.location?.pathname ?? ''}`;
  if (!firstLookWords.whatsapp.test(text)) {
    const h1 = doc.querySelector('h1');
    text += ` ${h1?.textContent ?? ''}`;
    if (!firstLookWords.whatsapp.test(text)) return false;
  }
  if (firstLookWords.backup.test(text)) return true;
  // One tag at a time: a single-tag query has a fast path in browsers that 'h1, h2, h3' lacks.
  let read = 0;
  for (const tag of HEADING_TAGS) {
    for (const heading of doc.getElementsByTagName(tag)) {
      if (firstLookWords.backup.test(heading.textContent ?? '')) return true;
      if (++read >= MAX_HEADINGS) return false;
    }
  }
  return false;
}

/** The cheapest evidence, for the background's glance at a tab's title and address. */
export const mentionsWhatsApp = (text: string): boolean => firstLookWords.whatsapp.test(text);
