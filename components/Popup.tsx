import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { countPruned, type GuideSummary, listGuides, loadGuide, watchAll } from '@/lib/progress-store';
import type { GuideRecord, PageState } from '@/lib/types';
import { Checklist } from './Checklist';
import { GuideActions, type ShareActions } from './GuideActions';
import { GuideHistory } from './GuideHistory';
import { ProgressSummary } from './ProgressSummary';
import { SaveProblemNote } from './SaveProblemNote';
import { SiteSetting } from './SiteSetting';
import { useGuideProgress } from './use-guide-progress';

interface Props {
  loadPageState: () => Promise<PageState>;
  /** Build a checklist on this page although it did not open one by itself. */
  makeChecklist: () => Promise<PageState>;
  /** Clipboard and download (tests pass fakes). */
  share?: ShareActions;
}

/** The toolbar popup: this page's guide and ticks, then every guide worked on before. */
export function Popup({ loadPageState, makeChecklist, share }: Props) {
  const [page, setPage] = useState<PageState | null>(null);
  const [record, setRecord] = useState<GuideRecord | null>(null);
  const [history, setHistory] = useState<GuideSummary[]>([]);
  const [asked, setAsked] = useState(false);
  const [pruned, setPruned] = useState(0);

  const show = async (state: PageState) => {
    setPage(state);
    setRecord(state.stage === 'checked' && state.guide && state.sidebar ? await loadGuide(state.guide.key) : null);
  };
  useEffect(() => {
    void loadPageState().then(show);
    const refresh = () => {
      void listGuides().then(setHistory);
      void countPruned().then(setPruned);
    };
    refresh();
    return watchAll(refresh);
  }, [loadPageState]);

  const others = history.filter((g) => g.key !== record?.key);
  return (
    <main>
      <CurrentPage
        page={page}
        record={record}
        asked={asked}
        share={share}
        onMakeChecklist={() =>
          void makeChecklist().then((state) => {
            setAsked(true);
            return show(state);
          })
        }
      />
      <GuideHistory guides={others} share={share} />
      {pruned > 0 && (
        <p class="fl-note" data-fixlist="history-pruned">
          {t('historyPruned', pruned)}
        </p>
      )}
    </main>
  );
}

interface CurrentPageProps {
  page: PageState | null;
  record: GuideRecord | null;
  /** The person asked for a checklist here and none could be made. */
  asked: boolean;
  onMakeChecklist: () => void;
  share: ShareActions | undefined;
}

function CurrentPage({ page, record, asked, onMakeChecklist, share }: CurrentPageProps) {
  if (!page) return <p class="fl-note">{t('lookingAtPage')}</p>;
  const verdict = page.stage === 'checked' ? page.verdict : null;
  if (record) {
    return (
      <>
        <CurrentGuide record={record} share={share} />
        {page.stage === 'checked' && <SiteSetting site={page.site} />}
        {verdict && <WhyThisPage reasons={verdict.reasons} />}
      </>
    );
  }
  const triedAlready = asked || (page.stage === 'checked' && page.sidebar);
  return (
    <>
      <p class="fl-note" data-fixlist="verdict">
        {verdict?.isHelpPage ? t('recognisedNoFixes') : t('notHelpPage')}
      </p>
      {verdict && <WhyThisPage reasons={verdict.reasons} />}
      {!triedAlready && (
        <button type="button" class="fl-button" data-fixlist="make-checklist" onClick={onMakeChecklist}>
          {t('makeChecklist')}
        </button>
      )}
      {asked && (
        <p class="fl-note" role="status">
          {t('noFixesFound')}
        </p>
      )}
    </>
  );
}

function WhyThisPage({ reasons }: { reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <details class="fl-why">
      <summary>{t('whyThisPage')}</summary>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}

function CurrentGuide({ record, share }: { record: GuideRecord; share: ShareActions | undefined }) {
  const { progress, earlier, toggle, chooseOutcome, tried, solvedBy, loaded, problem } = useGuideProgress(
    record.key,
    record.fixes.map((f) => f.id),
  );
  const solvedTitle = solvedBy ? (record.fixes.find((f) => f.id === solvedBy)?.title ?? '') : null;
  return (
    <section aria-labelledby="fl-current-title">
      <h1 id="fl-current-title" class="fl-title" dir="auto">
        {record.title}
      </h1>
      {loaded && <ProgressSummary tried={tried} total={record.fixes.length} solvedBy={solvedTitle} compact />}
      {problem && <SaveProblemNote problem={problem} guideKey={record.key} />}
      <Checklist
        fixes={record.fixes}
        progress={progress}
        earlier={earlier}
        onToggle={toggle}
        onOutcome={chooseOutcome}
      />
      <GuideActions record={record} share={share} />
    </section>
  );
}
