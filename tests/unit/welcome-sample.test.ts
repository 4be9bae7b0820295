import { describe, expect, it } from 'vitest';
import { loadSampleArticle } from '@/entrypoints/welcome/sample-article';

describe("the welcome page's sample article", () => {
  const { article, guide, adsRemoved } = loadSampleArticle(document);

  it('goes through the real pipeline: the 8 fixes, the ads counted and gone', () => {
    expect(guide?.fixes.map((f) => f.title)).toHaveLength(8);
    expect(guide?.fixes[0]?.title).toBe('Check if WhatsApp Is Enabled for iCloud Backup');
    expect(adsRemoved).toBeGreaterThan(0);
    expect(article.querySelector('ins.adsbygoogle, [href*="checkout.php"]')).toBeNull();
  });

  it('is inert: nothing that loads or runs, no attribute but links and ids', () => {
    expect(article.querySelector('script, style, link, iframe, img, video, object, embed, form')).toBeNull();
    const attributes = [article, ...article.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => a.name),
    );
    expect(attributes.filter((name) => !['href', 'id', 'target', 'rel'].includes(name))).toEqual([]);
    for (const link of article.querySelectorAll('a[href]')) expect(link.getAttribute('href')).toMatch(/^https?:/);
  });

  it("is this page's now, so a fix's title scrolls to its heading", () => {
    expect(article.ownerDocument).toBe(document);
    expect(guide?.fixes.every((f) => f.anchor && article.contains(f.anchor))).toBe(true);
  });
});
