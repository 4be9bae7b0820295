import { parseFixHeading } from '../rules/fix-headings';
import { cleanText } from '../text';
import { hostnameOf } from './site-domain';

/** Where the comments live, in the themes and comment systems seen on help pages. */
const COMMENTS =
  '#comments, #respond, .comments-area, .comment-list, ol.commentlist, #disqus_thread, .wpdiscuz_top_clearing';
/** An article's own pictures: WordPress classes, figures, and images from the page's own host. */
const SCREENSHOT = 'figure img, img[class*="wp-image-"], img[class*="size-"]';
/** More words than any ad box carries: a box this long is article, whatever it is called. */
const ARTICLE_TEXT = 1500;

function hostOf(src: string | null): string | null {
  if (!src || !/^https?:\/\//i.test(src)) return null;
  // Read off the text when it is a plain name; otherwise (an internationalized name, escapes) the URL parser's
  // is what location.hostname holds. The parser costs more than the rest of the guard.
  const host = hostnameOf(src);
  if (/^[a-z0-9.-]+$/.test(host)) return host;
  try {
    return new URL(src).hostname;
  } catch {
    return null;
  }
}

/**
 * Why `box` must not go: it holds a fix's heading, the comments, an article screenshot or a long text.
 * Null when it holds none of them. Checked on each box before removal, so no filter can take the article.
 */
export function articleIn(box: Element, isAdImage: (img: Element) => boolean): string | null {
  if (box.matches(COMMENTS) || box.querySelector(COMMENTS)) return 'comments';
  if (box.tagName === 'H1' || box.querySelector('h1')) return 'title';
  for (const h of box.querySelectorAll('h1, h2, h3, h4, h5, h6, p > strong:first-child, p > b:first-child')) {
    if (parseFixHeading(cleanText(h.textContent))) return 'fix heading';
  }
  const host = box.ownerDocument.location?.hostname;
  for (const img of box.querySelectorAll('img')) {
    if (isAdImage(img)) continue;
    if (img.matches(SCREENSHOT) || (host && hostOf(img.getAttribute('src')) === host)) return 'screenshot';
  }
  if ((box.textContent ?? '').length > ARTICLE_TEXT && cleanText(box.textContent).length > ARTICLE_TEXT)
    return 'article text';
  return null;
}
