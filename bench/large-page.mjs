// The stress page: a real help article (seed 000) followed by 3,000 generated comments, about 3 MB.
// Deterministic (seeded), so every run measures the same page.

const WORDS = (
  'whatsapp backup icloud google drive restore chat history phone storage tried this worked for me thanks ' +
  'the fix did not help my iphone still stuck at preparing backup android settings account update restart ' +
  'deleted old backup space free plan error message again tomorrow support reply great article helpful'
).split(' ');

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(rand, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** One WordPress-style comment; every 40th is spam with an Amazon affiliate link (an ad to strip). */
function comment(i, rand) {
  const paragraphs = [];
  const count = 1 + Math.floor(rand() * 3);
  for (let p = 0; p < count; p++) paragraphs.push(`<p>${sentence(rand, 18 + Math.floor(rand() * 20))}</p>`);
  if (i % 40 === 0) {
    paragraphs.push(
      `<p>Best deal: <a href="https://www.amazon.com/dp/B0${i}?tag=spamshop-20" rel="nofollow">iPhone cable</a></p>`,
    );
  }
  const reply = i % 7 === 0 ? ' depth-2' : '';
  return `<li id="comment-${i}" class="comment${reply}"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><img alt="" class="avatar" width="40" height="40"><b class="fn"><a href="https://example.org/u/${i}" rel="ugc">Reader ${i}</a></b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${i}"><time datetime="2024-05-${String((i % 28) + 1).padStart(2, '0')}T10:00:00">May ${(i % 28) + 1}, 2024</time></a></div>
</footer><div class="comment-content">${paragraphs.join('')}</div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${i}#respond">Reply</a></div></article></li>\n`;
}

/** The seed page with `count` comments inserted after the article (before the theme's own comment box). */
export function largePage(seedHtml, count = 3000) {
  const rand = rng(20240501);
  const items = [];
  for (let i = 1; i <= count; i++) items.push(comment(i, rand));
  const section = `<section id="comments" class="comments-area"><h2 class="comments-title">${count} thoughts on this article</h2>
<ol class="comment-list">\n${items.join('')}</ol></section>\n`;
  const at = seedHtml.indexOf('<div class="comment-container');
  const cut = at >= 0 ? at : seedHtml.lastIndexOf('</body>');
  return seedHtml.slice(0, cut) + section + seedHtml.slice(cut);
}
