import { describe, expect, it, vi } from 'vitest';
import { firstLookTrigger, worthAFirstLook } from '@/lib/first-look-trigger';

describe('worthAFirstLook (the background glance at a tab title and address)', () => {
  it('looks where the title or the address names WhatsApp', () => {
    expect(worthAFirstLook('https://example.com/post/123', 'WhatsApp not backing up to iCloud? 8 fixes')).toBe(true);
    expect(worthAFirstLook('https://example.com/whatsapp-backup-stuck/', 'Fixes that work, tested this week')).toBe(
      true,
    );
  });

  it('looks where the title says nothing: empty, the address itself, a few words', () => {
    expect(worthAFirstLook('https://example.com/p/1', '')).toBe(true);
    expect(worthAFirstLook('https://example.com/p/1', 'example.com/p/1')).toBe(true);
    expect(worthAFirstLook('https://app.example.com/', 'Loading…')).toBe(true);
  });

  it('leaves alone pages whose title speaks of something else, and pages it may not script', () => {
    expect(worthAFirstLook('https://news.example.com/world/', 'Storm closes schools across the region')).toBe(false);
    expect(worthAFirstLook('https://en.wikipedia.org/wiki/Backup', 'Backup - Wikipedia, the free encyclopedia')).toBe(
      false,
    );
    expect(worthAFirstLook('chrome://extensions/', '')).toBe(false);
    expect(worthAFirstLook('not a url', 'WhatsApp')).toBe(false);
    expect(worthAFirstLook('https://example.com/%E0%A4%A', 'A malformed escape in an address here')).toBe(false);
  });
});

describe('firstLookTrigger (when the background glances)', () => {
  const news = {
    url: 'https://news.example.com/a',
    title: 'Storm closes schools across the region',
    status: 'complete',
  };

  it('glances once a page has its title and again once it has loaded, not before its title, not twice at one state', () => {
    const lookAt = vi.fn();
    const trigger = firstLookTrigger(lookAt);
    const url = 'https://example.com/post';
    trigger.onUpdated(1, { status: 'loading', url }, { url, title: url, status: 'loading' });
    trigger.onUpdated(1, { favIconUrl: 'x' } as object, { url, title: url, status: 'loading' });
    expect(lookAt).not.toHaveBeenCalled();
    const title = 'WhatsApp backup stuck at 0%? Try these fixes';
    trigger.onUpdated(1, { title }, { url, title, status: 'loading' });
    expect(lookAt).toHaveBeenCalledTimes(1);
    // Loaded: the headings the first glance may have come too early for are there now.
    trigger.onUpdated(1, { status: 'complete' }, { url, title, status: 'complete' });
    expect(lookAt).toHaveBeenCalledTimes(2);
    trigger.onUpdated(1, { favIconUrl: 'y' } as object, { url, title, status: 'complete' });
    expect(lookAt).toHaveBeenCalledTimes(2);
    // The same page loaded again is glanced at again.
    trigger.onUpdated(1, { status: 'loading' }, { url, title, status: 'loading' });
    trigger.onUpdated(1, { status: 'complete' }, { url, title, status: 'complete' });
    expect(lookAt).toHaveBeenCalledTimes(3);
  });

  it('follows single-page navigations and late titles, only where they deserve a look', () => {
    const lookAt = vi.fn();
    const trigger = firstLookTrigger(lookAt);
    trigger.onUpdated(2, { status: 'complete' }, news);
    expect(lookAt).not.toHaveBeenCalled();
    const story = { ...news, url: 'https://news.example.com/b', title: 'Markets close higher on a quiet Friday' };
    trigger.onUpdated(2, { url: story.url }, { ...story, title: news.title });
    trigger.onUpdated(2, { title: story.title }, story);
    expect(lookAt).not.toHaveBeenCalled();
    const guide = { ...news, url: 'https://news.example.com/c', title: 'How to fix a WhatsApp backup stuck at 0%' };
    trigger.onUpdated(2, { title: guide.title }, guide);
    expect(lookAt).toHaveBeenCalledWith(2);
  });

  it('forgets a closed tab', () => {
    const lookAt = vi.fn();
    const trigger = firstLookTrigger(lookAt);
    const page = { url: 'https://example.com/', title: '', status: 'complete' };
    trigger.onUpdated(3, { status: 'complete' }, page);
    trigger.onRemoved(3);
    trigger.onUpdated(3, { status: 'complete' }, page);
    expect(lookAt).toHaveBeenCalledTimes(2);
  });
});

describe('firstLookTrigger in Firefox', () => {
  it('does not take the address a loading tab is named by for its title', () => {
    const lookAt = vi.fn();
    const trigger = firstLookTrigger(lookAt);
    const url = 'https://news.example.com/world/storm.html';
    trigger.onUpdated(4, { status: 'loading', url }, { url, title: '', status: 'loading' });
    trigger.onUpdated(
      4,
      { title: 'news.example.com/world/storm.html' },
      { url, title: 'news.example.com/world/storm.html', status: 'loading' },
    );
    const title = 'Storm closes schools across the region';
    trigger.onUpdated(4, { title }, { url, title, status: 'loading' });
    trigger.onUpdated(4, { status: 'complete' }, { url, title, status: 'complete' });
    expect(lookAt).not.toHaveBeenCalled();
  });
});
