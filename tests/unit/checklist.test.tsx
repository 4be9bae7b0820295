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
