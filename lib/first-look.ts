import { firstLookWords } from './rules/topic-words';

/** Enough of the page's headings to judge it without reading its body. */
const MAX_HEADINGS = 40;

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
  const headings = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    if (firstLookWords.backup.test(headings[i]?.textContent ?? '')) return true;
  }
  return false;
}
