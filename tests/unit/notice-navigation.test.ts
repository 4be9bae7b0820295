import { afterEach, describe, expect, it, vi } from 'vitest';
import { onTitleChange } from '@/lib/notice-navigation';

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('onTitleChange (what the every-page script leaves on a page that fails its first look)', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('calls back when a single-page navigation brings a new title, and not after stop', async () => {
    document.title = 'Tech news of the day';
    const seen = vi.fn();
    const stop = onTitleChange(document, seen);
    history.pushState({}, '', '/whatsapp-backup');
    document.title = 'WhatsApp backup not working? 8 fixes';
    await settle();
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
    document.title = 'Another page';
    await settle();
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('ignores what pages do all day: body changes, scripts added to <head>, the same title set again', async () => {
    document.title = 'Tech news of the day';
    const seen = vi.fn();
    const stop = onTitleChange(document, seen);
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('p'));
    document.head.append(document.createElement('script'));
    document.title = 'Tech news of the day';
    await settle();
    expect(seen).not.toHaveBeenCalled();
    stop();
  });

  it('on a page without a title yet, waits for one to appear, then follows it', async () => {
    const seen = vi.fn();
    const stop = onTitleChange(document, seen);
    document.head.append(document.createElement('link'));
    await settle();
    expect(seen).not.toHaveBeenCalled();
    document.title = 'Loading…'; // creates the <title>
    await settle();
    expect(seen).toHaveBeenCalledTimes(1);
    document.title = 'WhatsApp backup stuck? Fix it';
    await settle();
    expect(seen).toHaveBeenCalledTimes(2);
    stop();
  });
});
