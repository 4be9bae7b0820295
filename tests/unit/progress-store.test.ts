import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listGuides, loadProgress, saveGuide, setTried, watchGuide } from '@/lib/progress-store';
import type { GuideRecord } from '@/lib/types';

const guide = (key: string, lastVisited: number): GuideRecord => ({
  key,
  title: `Guide ${key}`,
  url: `https://example.com/${key}`,
  site: 'example.com',
  fixes: [
    { id: 'f1', title: 'Restart your iPhone' },
    { id: 'f2', title: 'Free up iCloud space' },
    { id: 'f3', title: 'Update WhatsApp' },
  ],
  lastVisited,
});

describe('progress store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers ticks per guide and forgets an untick', async () => {
    await setTried('g1', 'f1', true);
    await setTried('g1', 'f2', true);
    await setTried('g1', 'f2', false);
    const progress = await loadProgress('g1', ['f1', 'f2', 'f3']);
    expect(Object.keys(progress)).toEqual(['f1']);
    expect(progress.f1?.outcome).toBe('tried');
  });

  it('loses nothing when two tabs tick different fixes of one guide at the same moment', async () => {
    await Promise.all(['f1', 'f2', 'f3'].map((id) => setTried('g1', id, true)));
    expect(Object.keys(await loadProgress('g1', ['f1', 'f2', 'f3'])).sort()).toEqual(['f1', 'f2', 'f3']);
  });

  it('lists guides newest first with their progress, skipping broken or foreign values', async () => {
    await saveGuide(guide('old', 1));
    await saveGuide(guide('new', 2));
    await setTried('new', 'f3', true);
    await fakeBrowser.storage.local.set({
      'guide:broken': { title: 42 },
      'progress:new:junk': 'not progress',
      unrelated: { key: 'x' },
    });
    const list = await listGuides();
    expect(list.map((g) => [g.key, g.tried])).toEqual([
      ['new', 1],
      ['old', 0],
    ]);
  });

  it('tells a watcher when a fix of its guide changes elsewhere', async () => {
    let calls = 0;
    const stop = watchGuide('g1', ['f1'], () => calls++);
    await setTried('g1', 'f1', true);
    await setTried('g2', 'f1', true); // another guide: not this watcher's business
    stop();
    await setTried('g1', 'f1', false);
    expect(calls).toBe(1);
  });
});
