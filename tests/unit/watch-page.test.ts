import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLateContent, watchNavigation } from '@/lib/watch-page';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchLateContent', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('checks once the page stops changing, and stops when the check succeeds', async () => {
    const check = vi.fn(() => document.querySelectorAll('p').length >= 2);
    const stop = watchLateContent(document, check, { quietMs: 20 });
    document.body.append(document.createElement('p'));
    await settle(60);
    expect(check).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('p'));
    await settle(60);
    expect(check).toHaveBeenCalledTimes(2);
    document.body.append(document.createElement('p')); // found already: no more checks
    await settle(60);
    expect(check).toHaveBeenCalledTimes(2);
    stop();
  });

  it('gives up after its time', async () => {
    const check = vi.fn(() => false);
    watchLateContent(document, check, { quietMs: 10, forMs: 30 });
    await settle(50);
    document.body.append(document.createElement('p'));
    await settle(40);
    expect(check).not.toHaveBeenCalled();
  });
});

describe('watchNavigation', () => {
  it('reports a pushState navigation once the title changes, and nothing after stop', async () => {
    const seen: string[] = [];
    const stop = watchNavigation(window, (url) => seen.push(new URL(url).pathname));
    history.pushState({}, '', '/guide');
    document.title = 'WhatsApp backup guide';
    await settle(10);
    expect(seen).toEqual(['/guide']);
    stop();
    history.pushState({}, '', '/other');
    document.title = 'Other';
    await settle(10);
    expect(seen).toEqual(['/guide']);
  });
});
