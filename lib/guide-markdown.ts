import { guideStatus } from './fix-progress';
import { t } from './i18n';
import type { GuideRecord, ProgressMap } from './types';

/** What a line says after a fix's title. */
const OUTCOME_WORDS = { failed: 'outcomeFailed', fixed: 'outcomeFixed', unknown: 'outcomeTried' } as const;

/** Page text must not turn into Markdown links, emphasis or headings when pasted somewhere. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|]/g, '\\$&');
}

/**
 * A guide and what was tried, as a Markdown task list (for notes, a support ticket, a friend):
 *
 *     # Title
 *
 *     Source: https://…
 *     Solved: "Fix" fixed it.
 *
 *     - [x] Fix one: didn't help
 *     - [ ] Fix two
 */
export function guideMarkdown(record: Pick<GuideRecord, 'title' | 'url' | 'fixes'>, progress: ProgressMap): string {
  const { solvedBy } = guideStatus(
    record.fixes.map((f) => f.id),
    progress,
  );
  const head = [`# ${escapeMarkdown(record.title) || t('markdownUntitled')}`, ''];
  const about: string[] = [];
  if (/^https?:\/\//i.test(record.url))
    about.push(t('markdownSource', `<${record.url.replace(/[<>\s]/g, encodeURIComponent)}>`));
  const solver = record.fixes.find((f) => f.id === solvedBy);
  if (solver) about.push(t('markdownSolved', escapeMarkdown(solver.title)));
  if (about.length > 0) about.push('');
  const lines = record.fixes.map((fix) => {
    const p = progress[fix.id];
    const title = escapeMarkdown(fix.title);
    return p ? `- [x] ${title}: ${t(OUTCOME_WORDS[p.outcome ?? 'unknown'])}` : `- [ ] ${title}`;
  });
  return `${[...head, ...about, ...lines].join('\n')}\n`;
}

/** A file name for the download: "fixlist-whatsapp-not-backing-up.md". */
export function markdownFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `fixlist-${slug || 'checklist'}.md`;
}
