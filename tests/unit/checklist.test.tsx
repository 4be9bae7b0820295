import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Checklist } from '@/components/Checklist';

const hostile = '<img src=x onerror="window.pwned=1">Restart';

describe('Checklist', () => {
  it('shows page text as text, never as HTML, and keeps only http(s) links', () => {
    const root = document.body.appendChild(document.createElement('div'));
    const onToggle = vi.fn();
    render(
      <Checklist
        fixes={[
          {
            id: 'f1',
            title: hostile,
            steps: [
              { text: 'Open <b>Settings</b>', href: 'javascript:alert(1)' },
              { text: 'See Apple status', href: 'https://www.apple.com/support/systemstatus/' },
            ],
          },
        ]}
        progress={{}}
        onToggle={onToggle}
      />,
      root,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-fixlist="fix-title"]')?.textContent).toBe(hostile);
    const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://www.apple.com/support/systemstatus/']);
    expect(root.querySelectorAll('[data-fixlist="step"]')).toHaveLength(2);

    (root.querySelector('input[type=checkbox]') as HTMLInputElement).click();
    expect(onToggle).toHaveBeenCalledWith('f1', true);
  });

  it('ticks the fixes that have progress', () => {
    const root = document.createElement('div');
    render(
      <Checklist
        fixes={[
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
        ]}
        progress={{ b: { triedAt: 1, outcome: null, at: 1 } }}
        onToggle={() => {}}
      />,
      root,
    );
    const boxes = [...root.querySelectorAll('input')].map((i) => (i as HTMLInputElement).checked);
    expect(boxes).toEqual([false, true]);
  });
});

describe('Checklist outcomes', () => {
  const fixes = [
    { id: 'a', title: 'Restart your iPhone' },
    { id: 'b', title: 'Free up space' },
    { id: 'c', title: 'Update WhatsApp' },
  ];
  const DAY = 86_400_000;
  const now = 10 * DAY;

  it('offers "Didn\'t help" / "This fixed it" for a ticked fix only, as toggle buttons', () => {
    const root = document.createElement('div');
    const onOutcome = vi.fn();
    render(
      <Checklist
        fixes={fixes}
        progress={{ a: { triedAt: 1, outcome: 'failed', at: 2 }, b: { triedAt: 1, outcome: null, at: 1 } }}
        onToggle={() => {}}
        onOutcome={onOutcome}
        now={now}
      />,
      root,
    );
    const items = [...root.querySelectorAll('[data-fixlist="fix"]')];
    expect(items.map((li) => li.querySelectorAll('input[type=checkbox]').length)).toEqual([1, 1, 1]);
    const pressed = (li: Element | undefined) =>
      [...(li?.querySelectorAll('[data-fixlist="outcome"] button') ?? [])].map(
        (b) => `${b.textContent}=${b.getAttribute('aria-pressed')}`,
      );
    expect(pressed(items[0])).toEqual(["Didn't help=true", 'This fixed it=false']);
    expect(pressed(items[1])).toEqual(["Didn't help=false", 'This fixed it=false']);
    expect(pressed(items[2])).toEqual([]);
    expect(items[0]?.querySelector('[data-fixlist="outcome"]')?.getAttribute('aria-label')).toBe(
      'What came of: Restart your iPhone',
    );

    (root.querySelectorAll('[data-fixlist="fix"] [data-outcome="fixed"]')[1] as HTMLButtonElement).click();
    expect(onOutcome).toHaveBeenLastCalledWith('b', 'fixed');
    // Pressing the pressed answer again takes it back.
    (root.querySelectorAll('[data-fixlist="fix"] [data-outcome="failed"]')[0] as HTMLButtonElement).click();
    expect(onOutcome).toHaveBeenLastCalledWith('a', null);
  });

  it('once solved, steps back the fixes not tried yet', () => {
    const root = document.createElement('div');
    render(
      <Checklist
        fixes={fixes}
        progress={{ a: { triedAt: 1, outcome: 'failed', at: 2 }, b: { triedAt: 1, outcome: 'fixed', at: 3 } }}
        onToggle={() => {}}
      />,
      root,
    );
    const classes = [...root.querySelectorAll('[data-fixlist="fix"]')].map((li) => li.className);
    expect(classes).toEqual(['fl-fix is-tried', 'fl-fix is-fixed', 'fl-fix is-moot']);
  });

  it('says when and on which site the same fix was tried before, and what came of it', () => {
    const root = document.createElement('div');
    render(
      <Checklist
        fixes={fixes}
        progress={{}}
        onToggle={() => {}}
        now={now}
        earlier={{
          a: {
            guideKey: 'g2',
            site: 'other.example',
            title: 'Another article',
            url: 'https://other.example/guide',
            progress: { triedAt: now - 2 * DAY, outcome: 'failed', at: now - 2 * DAY },
          },
          c: {
            guideKey: 'g3',
            site: '<b>x</b>',
            title: '',
            url: 'javascript:alert(1)',
            progress: { triedAt: now - 3 * 3600_000, outcome: null, at: now - 3 * 3600_000 },
          },
        }}
      />,
      root,
    );
    const notes = [...root.querySelectorAll('[data-fixlist="fix"]')].map(
      (li) => li.querySelector('[data-fixlist="earlier"]')?.textContent ?? null,
    );
    expect(notes).toEqual([
      "You tried this on other.example 2 days ago: didn't help",
      null,
      'You tried this on <b>x</b> 3 hours ago.',
    ]);
    // The other site by its name alone: no link, no address, no title of the other article.
    const html = [...root.querySelectorAll('[data-fixlist="earlier"]')].map((p) => p.innerHTML).join('');
    expect(html).not.toMatch(/<a|other\.example\/guide|Another article/);
  });
});
