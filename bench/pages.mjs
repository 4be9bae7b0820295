// Which pages `npm run bench` measures, as data. Each page is read from the project's fixtures
// (tests/fixtures/pages/<slug>/page.html) when present, else from the shared corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'tests/fixtures/pages');
const corpus = path.resolve(root, '../shared/corpus');

/** kind: what the page stands for in the bench; corpus: its path under the shared corpus. */
export const benchPages = [
  { slug: 'seed-000', kind: 'seed', corpus: 'rendered/000_5fbafff340617285.html' },
  { slug: 'seed-001', kind: 'seed', corpus: 'rendered/001_fa8eceb9b3bf2d70.html' },

  { kind: 'positive', corpus: 'rendered/foxthat-md-whatsapp-not-backing-up-to-icloud-heres-how-to-fix-it.html' },
  {
    kind: 'positive',
    corpus: 'sources/positive/foxthat-html-whatsapp-not-backing-up-to-icloud-heres-how-to-fix-it.html',
  },
  {
    kind: 'positive',
    corpus: 'rendered/techtrends-md-prevent-losing-years-of-messages-and-media-on-whatsapp-take-action-now.html',
  },
  { kind: 'positive', corpus: 'rendered/other-wecreative-zh-iphone-backup-whatsapp-icloud.html' },
  { kind: 'positive', corpus: 'rendered/other-techwriting-enable-whatsapp-auto-backup.html' },

  {
    kind: 'hard-negative',
    corpus: 'rendered/apptips-best-strategies-to-resolve-android-whatsapp-backup-issues-top-5-tips.html',
  },
  { kind: 'hard-negative', corpus: 'rendered/tools-wondershare-drfone-whatsapp-transfer.html' },
  {
    kind: 'hard-negative',
    corpus: 'rendered/foxthat-md-troubleshoot-zoomed-in-photos-on-whatsapp-with-these-simple-fixes.html',
  },
  { kind: 'hard-negative', corpus: 'rendered/hardneg-titan-9-common-icloud-problems-and-how-to-fix.html' },
  { kind: 'hard-negative', corpus: 'rendered/hardneg-xda-zh-whatsapp-e2e-backups-explainer.html' },

  // Real articles in other languages and shapes (tests/fixtures/pages/rw-*): fixture only, no corpus copy.
  { slug: 'rw-en-vanhoutte-backup-stuck-upload', kind: 'positive' }, // unnumbered h4 fixes (Astra)
  { slug: 'rw-en-fonetips-backup-stuck-platforms', kind: 'positive' }, // fixes grouped by platform
  { slug: 'rw-de-antwort-backup-cloud', kind: 'positive' }, // German, unnumbered h2 fixes
  { slug: 'rw-id-anaktekno-tak-bisa-dicadangkan', kind: 'positive' }, // Indonesian, causes then solutions
  { slug: 'rw-es-larepublica-restaurar-copia', kind: 'positive' }, // Spanish AMP, reasons with remedies
  { slug: 'rw-en-directwp-restore-troubleshooting', kind: 'positive' }, // page builder, one div per heading
  { slug: 'rw-en-cleanor-backup-fails-storage-answer', kind: 'positive' }, // checklist under "What to check first"
  { slug: 'rw-ja-robonavi-icloud-backup-circled', kind: 'hard-negative' }, // Japanese, circled numbers, iCloud only
  { slug: 'rw-ar-alkalimaonline-backup-news-aspnet', kind: 'hard-negative' }, // Arabic news in an ASP.NET form

  ...['ars-1', 'bbc-1', 'cnn', 'engadget', 'heise', 'lwn-1', 'medium-1', 'nytimes-1', 'theverge', 'wapo-1'].map(
    (name) => ({ kind: 'readability', corpus: `sources/negative-other/readability-${name}.html` }),
  ),
];

/** The fixture folder names a page may have: its own slug, or its corpus file name (without .html). */
function slugCandidates(page) {
  if (!page.corpus) return [page.slug];
  const base = path.basename(page.corpus).replace(/\.html$/, '');
  return [page.slug, base, base.replace(/^\d+_/, '')].filter(Boolean);
}

/** Where to read the page from, and a short name for the tables. */
export function resolvePage(page) {
  const name = page.slug ?? path.basename(page.corpus).replace(/\.html$/, '');
  for (const slug of slugCandidates(page)) {
    const file = path.join(fixtures, slug, 'page.html');
    if (existsSync(file)) return { ...page, name, file, from: 'fixture' };
  }
  const file = page.corpus ? path.join(corpus, page.corpus) : null;
  if (file && existsSync(file)) return { ...page, name, file, from: 'corpus' };
  return { ...page, name, file: null, from: 'missing' };
}

/**
 * Ordinary pages for the whole-script row, where the every-page script is all Fixlist runs: the
 * fixtures' real negatives that are not about WhatsApp (news, wikis, blogs of the readability suite,
 * other tech articles), in a fixed order.
 */
export function ordinaryPages(limit) {
  const slugs = readdirSync(fixtures)
    .filter((slug) => !/whatsapp|^hand-/.test(slug))
    .filter((slug) => JSON.parse(readFileSync(path.join(fixtures, slug, 'expected.json'), 'utf8')).label === 'negative')
    .sort((a, b) => Number(b.startsWith('readability-')) - Number(a.startsWith('readability-')) || a.localeCompare(b));
  return slugs.slice(0, limit).map((slug) => ({ name: slug, file: path.join(fixtures, slug, 'page.html') }));
}
