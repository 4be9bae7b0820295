import { useEffect, useState } from 'preact/hooks';
import { type GuideSummary, listGuides, loadGuide, watchAll } from '@/lib/progress-store';
import type { GuideRecord, PageState } from '@/lib/types';
import { Checklist } from './Checklist';
import { ProgressSummary } from './ProgressSummary';
import { safeHref } from './safe-href';
import { useGuideProgress } from './use-guide-progress';

interface Props {
  loadPageState: () => Promise<PageState>;
}

/** The toolbar popup: this page's guide and ticks, then every guide worked on before. */
export function Popup({ loadPageState }: Props) {
  const [page, setPage] = useState<PageState | null>(null);
  const [record, setRecord] = useState<GuideRecord | null>(null);
  const [history, setHistory] = useState<GuideSummary[]>([]);

  useEffect(() => {
    void loadPageState().then(async (state) => {
      setPage(state);
      if (state.stage === 'checked' && state.guide) setRecord(await loadGuide(state.guide.key));
    });
    const refresh = () => void listGuides().then(setHistory);
    refresh();
    return watchAll(refresh);
  }, [loadPageState]);

  const others = history.filter((g) => g.key !== record?.key);
  return (
    <>
      <CurrentPage page={page} record={record} />
      <h2 id="fl-history-heading">Guides you worked on</h2>
      {others.length === 0 ? (
        <p class="fl-note">None yet. Open a WhatsApp-backup help article and tick what you try.</p>
      ) : (
        <ul class="fl-history" aria-labelledby="fl-history-heading">
          {others.map((g) => (
            <li key={g.key}>
              <a class="fl-link" href={safeHref(g.url)} target="_blank" rel="noopener noreferrer">
                {g.title}
              </a>
              <span class="fl-meta">
                {g.site} · {g.tried}/{g.fixes.length} tried
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function CurrentPage({ page, record }: { page: PageState | null; record: GuideRecord | null }) {
  if (!page) return <p class="fl-note">Looking at this page…</p>;
  if (page.stage === 'skipped' || !page.verdict.isHelpPage) {
    return (
      <p class="fl-note" data-fixlist="verdict">
        This page is not a WhatsApp-backup help page. Fixlist leaves it alone.
      </p>
    );
  }
  if (!record) {
    return (
      <p class="fl-note" data-fixlist="verdict">
        A WhatsApp-backup page was recognised, but it has no step-by-step fixes to check off.
      </p>
    );
  }
  return <CurrentGuide record={record} />;
}

function CurrentGuide({ record }: { record: GuideRecord }) {
  const { progress, toggle, tried, loaded } = useGuideProgress(
    record.key,
    record.fixes.map((f) => f.id),
  );
  return (
    <section aria-labelledby="fl-current-title">
      <h1 id="fl-current-title" class="fl-title">
        {record.title}
      </h1>
      {loaded && <ProgressSummary tried={tried} total={record.fixes.length} compact />}
      <Checklist fixes={record.fixes} progress={progress} onToggle={toggle} />
    </section>
  );
}
