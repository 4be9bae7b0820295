import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { GuideSummary } from '@/lib/progress-store';
import { relativeTime } from '@/lib/relative-time';
import { GuideActions, type ShareActions } from './GuideActions';
import { safeHref } from './safe-href';
import { TParts } from './t-parts';

/** With more guides than this, a search box filters them by title or site. */
export const SEARCH_FROM = 6;

interface Props {
  /** Newest first. */
  guides: GuideSummary[];
  share?: ShareActions;
  now?: number;
}

/** Guides worked on before: where, how far, solved or not, when; each can be opened, exported or reset. */
export function GuideHistory({ guides, share, now = Date.now() }: Props) {
  const [query, setQuery] = useState('');
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown =
    guides.length >= SEARCH_FROM && words.length > 0
      ? guides.filter((g) => words.every((w) => `${g.title} ${g.site}`.toLowerCase().includes(w)))
      : guides;
  return (
    <section class="fl-history-section" aria-labelledby="fl-history-heading">
      <h2 id="fl-history-heading">{t('historyHeading')}</h2>
      {guides.length >= SEARCH_FROM && (
        <input
          type="search"
          class="fl-search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchLabel')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          data-fixlist="history-search"
        />
      )}
      {guides.length === 0 ? (
        <p class="fl-note">{t('historyNone')}</p>
      ) : shown.length === 0 ? (
        <p class="fl-note" role="status">
          {t('historyNoMatch', query)}
        </p>
      ) : (
        <ul class="fl-history" aria-labelledby="fl-history-heading">
          {shown.map((g) => (
            <li key={g.key} data-fixlist="history-guide" class={g.solvedBy ? 'is-solved' : undefined}>
              <a class="fl-link" href={safeHref(g.url)} target="_blank" rel="noopener noreferrer" dir="auto">
                {g.title}
              </a>
              <span class="fl-meta">
                {g.site} ·{' '}
                <TParts
                  id="historyTried"
                  parts={[
                    <span key="progress" data-fixlist="history-progress">
                      {g.tried}/{g.fixes.length}
                    </span>,
                  ]}
                />
                {g.solvedBy && (
                  <>
                    {' · '}
                    <strong class="fl-solved">{t('solved')}</strong>
                  </>
                )}
                {t('historyVisited', relativeTime(g.lastVisited, now))}
              </span>
              <GuideActions record={g} share={share} compact />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
