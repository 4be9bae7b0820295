import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/Popup';
import { loadProgress, saveGuide, setOutcome, setTried } from '@/lib/progress-store';
import { loadSettings } from '@/lib/settings';
import type { GuideRecord, PageState } from '@/lib/types';

const DAY = 86_400_000;
const record = (key: string, lastVisited: number, site = `${key}.example`): GuideRecord => ({
  key,
  title: `Guide ${key}`,
  url: `https://${site}/${key}`,
  site,
  fixes: [
    { id: 'f1', title: 'Restart your iPhone' },
    { id: 'f2', title: 'Free up iCloud space' },
  ],
  lastVisited,
});

const onPage = (guide: GuideRecord | null): PageState =>
  guide
    ? {
        stage: 'checked',
        verdict: { isHelpPage: true, autoOpen: true, score: 9, platforms: ['iCloud'], reasons: [] },
        guide: { key: guide.key, title: guide.title, fixCount: guide.fixes.length },
        sidebar: true,
        site: 'cur.example',
      }
    : { stage: 'skipped' };

function mount(page: PageState, share = { copy: vi.fn(async (_: string) => {}), download: vi.fn() }) {
  const root = document.body.appendChild(document.createElement('div'));
  render(<Popup loadPageState={async () => page} makeChecklist={async () => page} share={share} />, root);
  return { root, share };
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const click = (el: Element | null | undefined) => (el as HTMLElement).click();

describe('Popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '';
  });
  afterEach(() => vi.restoreAllMocks());

  it("shows this page's guide with k/N and its outcomes; solved says so", async () => {
    const current = record('cur', 5);
    await saveGuide(current);
    await setOutcome('cur', 'f1', 'failed');
    const { root } = mount(onPage(current));
    await vi.waitFor(() => expect(text(root.querySelector('[data-fixlist="progress"]'))).toBe('1/2'));
    expect(root.querySelector('[data-fixlist="solved"]')).toBeNull();
    click(root.querySelectorAll('[data-fixlist="fix"] input[type=checkbox]')[1]);
    await vi.waitFor(() => expect(text(root.querySelector('[data-fixlist="progress"]'))).toBe('2/2'));
    click(root.querySelectorAll('[data-fixlist="fix"]')[1]?.querySelector('[data-outcome="fixed"]'));
    await vi.waitFor(() => expect(root.querySelector('[data-fixlist="solved"]')).not.toBeNull());
    expect(text(root.querySelector('.fl-progress-line'))).toBe('✓ Solved by “Free up iCloud space” · 2/2 tried');
    expect((await loadProgress('cur', ['f2'])).f2?.outcome).toBe('fixed');
  });

  it('undoes a tick storage refuses and says why, with a way out; never shows it as saved', async () => {
    const current = record('cur', 5);
    await saveGuide(current);
    const { root } = mount(onPage(current));
    await vi.waitFor(() => expect(text(root.querySelector('[data-fixlist="progress"]'))).toBe('0/2'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    click(root.querySelectorAll('[data-fixlist="fix"] input[type=checkbox]')[0]);
    await vi.waitFor(() => expect(root.querySelector('[data-fixlist="save-problem"]')).not.toBeNull());
    const problem = root.querySelector('[data-fixlist="save-problem"]') as HTMLElement;
    expect(problem.dataset.problem).toBe('full');
    expect(text(problem)).toContain("Couldn't save: storage is full");
    expect(root.querySelector('[data-fixlist="remove-idle"]')).not.toBeNull();
    expect(text(root.querySelector('[data-fixlist="progress"]'))).toBe('0/2');
    expect((root.querySelector('[data-fixlist="fix"] input[type=checkbox]') as HTMLInputElement).checked).toBe(false);
    expect(await loadProgress('cur', ['f1', 'f2'])).toEqual({});
  });

  it('says how many guides without progress the history let go', async () => {
    const current = record('cur', 5);
    await saveGuide(current);
    await fakeBrowser.storage.local.set({ 'history-pruned': 3 });
    const { root } = mount(onPage(current));
    await vi.waitFor(() =>
      expect(text(root.querySelector('[data-fixlist="history-pruned"]'))).toMatch(
        /^Older guides with nothing ticked, let go to keep the history small: 3\./,
      ),
    );
  });

  it('switches "open by itself" off and on for this site', async () => {
    const current = record('cur', 5);
    await saveGuide(current);
    const { root } = mount(onPage(current));
    await vi.waitFor(() => expect(root.querySelector('[data-fixlist="setting-site"]')).not.toBeNull());
    const box = () => root.querySelector('[data-fixlist="setting-site"]') as HTMLInputElement;
    expect(box().checked).toBe(true);
    click(box());
    await vi.waitFor(async () => expect((await loadSettings()).quietSites).toEqual(['cur.example']));
    await vi.waitFor(() => expect(box().checked).toBe(false));
    click(box());
    await vi.waitFor(async () => expect((await loadSettings()).quietSites).toEqual([]));
  });

  it('lists other guides newest first with site, progress, solved and last visit; search from six', async () => {
    const now = Date.now();
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const [i, key] of keys.entries()) await saveGuide(record(key, now - (i + 1) * DAY));
    await setOutcome('b', 'f2', 'fixed');
    await setTried('c', 'f1', true);
    const { root } = mount(onPage(null));
    await vi.waitFor(() => expect(root.querySelectorAll('[data-fixlist="history-guide"]')).toHaveLength(6));
    const entries = [...root.querySelectorAll('[data-fixlist="history-guide"]')];
    expect(entries.map((li) => text(li.querySelector('.fl-meta')))).toEqual([
      'a.example · 0/2 tried · visited yesterday',
      'b.example · 1/2 tried · ✓ Solved · visited 2 days ago',
      'c.example · 1/2 tried · visited 3 days ago',
      'd.example · 0/2 tried · visited 4 days ago',
      'e.example · 0/2 tried · visited 5 days ago',
      'f.example · 0/2 tried · visited 6 days ago',
    ]);
    expect(entries[0]?.querySelector('a')?.getAttribute('href')).toBe('https://a.example/a');

    const search = root.querySelector('[data-fixlist="history-search"]') as HTMLInputElement;
    search.value = 'D.EXAMPLE';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(root.querySelectorAll('[data-fixlist="history-guide"]')).toHaveLength(1));
    expect(text(root.querySelector('[data-fixlist="history-guide"] a'))).toBe('Guide d');
  });

  it('resets a guide only after a confirm step, and Cancel keeps everything', async () => {
    await saveGuide(record('a', 1));
    await saveGuide(record('b', 2));
    await Promise.all([setTried('a', 'f1', true), setTried('b', 'f1', true)]);
    const { root } = mount(onPage(null));
    const entryA = async () => {
      await vi.waitFor(() => expect(root.querySelectorAll('[data-fixlist="history-guide"]')).toHaveLength(2));
      return root.querySelectorAll('[data-fixlist="history-guide"]')[1];
    };
    click((await entryA())?.querySelector('[data-fixlist="reset"]'));
    await vi.waitFor(async () =>
      expect((await entryA())?.querySelector('[data-fixlist="confirm-reset"]')).toBeTruthy(),
    );
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    click(document.activeElement);
    await vi.waitFor(async () => expect((await entryA())?.querySelector('[data-fixlist="reset"]')).toBeTruthy());
    expect(Object.keys(await loadProgress('a', ['f1']))).toEqual(['f1']);

    click((await entryA())?.querySelector('[data-fixlist="reset"]'));
    await vi.waitFor(async () =>
      expect((await entryA())?.querySelector('[data-fixlist="confirm-reset"]')).toBeTruthy(),
    );
    click((await entryA())?.querySelector('[data-fixlist="confirm-reset"]'));
    await vi.waitFor(async () =>
      expect(text((await entryA())?.querySelector('.fl-meta'))).toMatch(/^a\.example · 0\/2/),
    );
    expect(Object.keys(await loadProgress('b', ['f1']))).toEqual(['f1']);
  });

  it('copies and downloads a guide as Markdown', async () => {
    await saveGuide(record('a', 1));
    await setOutcome('a', 'f1', 'failed');
    const { root, share } = mount(onPage(null));
    await vi.waitFor(() => expect(root.querySelector('[data-fixlist="copy-markdown"]')).toBeTruthy());
    click(root.querySelector('[data-fixlist="copy-markdown"]'));
    const expected =
      "# Guide a\n\nSource: <https://a.example/a>\n\n- [x] Restart your iPhone: didn't help\n- [ ] Free up iCloud space\n";
    await vi.waitFor(() => expect(share.copy).toHaveBeenCalledWith(expected));
    await vi.waitFor(() => expect(text(root.querySelector('[role="status"]'))).toBe('Copied as Markdown.'));
    click(root.querySelector('[data-fixlist="download-markdown"]'));
    await vi.waitFor(() => expect(share.download).toHaveBeenCalledWith('fixlist-guide-a.md', expected));
  });
});
