import { useState } from 'preact/hooks';
import type { GuideSummary } from '@/lib/progress-store';
import { relativeTime } from '@/lib/relative-time';
import { GuideActions, type ShareActions } from './GuideActions';
import { safeHref } from './safe-href';

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
      <h2 id="fl-history-heading">Guides you worked on</h2>
      {guides.length >= SEARCH_FROM && (
        <input
          type="search"
          class="fl-search"
          placeholder="Search guides"
          aria-label="Search guides by title or site"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          data-fixlist="history-search"
        />
      )}
      {guides.length === 0 ? (
        <p class="fl-note">None yet. Open a WhatsApp-backup help article and tick what you try.</p>
      ) : shown.length === 0 ? (
        <p class="fl-note" role="status">
          No guide matches “{query}”.
        </p>
      ) : (
        <ul class="fl-history" aria-labelledby="fl-history-heading">
          {shown.map((g) => (
            <li key={g.key} data-fixlist="history-guide" class={g.solvedBy ? 'is-solved' : undefined}>
              <a class="fl-link" href={safeHref(g.url)} target="_blank" rel="noopener noreferrer">
                {g.title}
              </a>
              <span class="fl-meta">
                {g.site} ·{' '}
                <span data-fixlist="history-progress">
                  {g.tried}/{g.fixes.length}
                </span>{' '}
                tried
                {g.solvedBy && (
                  <>
                    {' · '}
                    <strong class="fl-solved">✓ Solved</strong>
                  </>
                )}{' '}
                · visited {relativeTime(g.lastVisited, now)}
              </span>
              <GuideActions record={g} share={share} compact />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
