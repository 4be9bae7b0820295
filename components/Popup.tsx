import { useEffect, useState } from 'preact/hooks';
import { type GuideSummary, listGuides, loadGuide, watchAll } from '@/lib/progress-store';
import type { GuideRecord, PageState } from '@/lib/types';
import { Checklist } from './Checklist';
import { ProgressSummary } from './ProgressSummary';
import { safeHref } from './safe-href';
import { useGuideProgress } from './use-guide-progress';

interface Props {
  loadPageState: () => Promise<PageState>;
  /** Build a checklist on this page although it did not open one by itself. */
  makeChecklist: () => Promise<PageState>;
}

/** The toolbar popup: this page's guide and ticks, then every guide worked on before. */
export function Popup({ loadPageState, makeChecklist }: Props) {
  const [page, setPage] = useState<PageState | null>(null);
  const [record, setRecord] = useState<GuideRecord | null>(null);
  const [history, setHistory] = useState<GuideSummary[]>([]);
  const [asked, setAsked] = useState(false);

  const show = async (state: PageState) => {
    setPage(state);
    setRecord(state.stage === 'checked' && state.guide && state.sidebar ? await loadGuide(state.guide.key) : null);
  };
  useEffect(() => {
    void loadPageState().then(show);
    const refresh = () => void listGuides().then(setHistory);
    refresh();
    return watchAll(refresh);
  }, [loadPageState]);

  const others = history.filter((g) => g.key !== record?.key);
  return (
    <>
      <CurrentPage
        page={page}
        record={record}
        asked={asked}
        onMakeChecklist={() =>
          void makeChecklist().then((state) => {
            setAsked(true);
            return show(state);
          })
        }
      />
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

interface CurrentPageProps {
  page: PageState | null;
  record: GuideRecord | null;
  /** The person asked for a checklist here and none could be made. */
  asked: boolean;
  onMakeChecklist: () => void;
}

function CurrentPage({ page, record, asked, onMakeChecklist }: CurrentPageProps) {
  if (!page) return <p class="fl-note">Looking at this page…</p>;
  const verdict = page.stage === 'checked' ? page.verdict : null;
  if (record) {
    return (
      <>
        <CurrentGuide record={record} />
        {verdict && <WhyThisPage reasons={verdict.reasons} />}
      </>
    );
  }
  const triedAlready = asked || (page.stage === 'checked' && page.sidebar);
  return (
    <>
      <p class="fl-note" data-fixlist="verdict">
        {verdict?.isHelpPage
          ? 'A WhatsApp-backup page was recognised, but it has no step-by-step fixes to check off.'
          : 'This page is not a WhatsApp-backup help page. Fixlist leaves it alone.'}
      </p>
      {verdict && <WhyThisPage reasons={verdict.reasons} />}
      {!triedAlready && (
        <button type="button" class="fl-button" data-fixlist="make-checklist" onClick={onMakeChecklist}>
          Make a checklist from this page
        </button>
      )}
      {asked && (
        <p class="fl-note" role="status">
          Fixlist found no numbered fixes on this page.
        </p>
      )}
    </>
  );
}

function WhyThisPage({ reasons }: { reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <details class="fl-why">
      <summary>Why this page?</summary>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
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
