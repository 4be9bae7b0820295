import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, opensByItself, setAutoOpen, setSiteQuiet } from '@/lib/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens by itself everywhere by default', async () => {
    expect(opensByItself(await loadSettings(), 'example.com')).toBe(true);
  });

  it('stays quiet on the sites the person chose, and everywhere when switched off', async () => {
    await setSiteQuiet('spam.example', true);
    let settings = await loadSettings();
    expect(opensByItself(settings, 'spam.example')).toBe(false);
    expect(opensByItself(settings, 'help.example')).toBe(true);
    await setAutoOpen(false);
    settings = await loadSettings();
    expect(opensByItself(settings, 'help.example')).toBe(false);
    await setSiteQuiet('spam.example', false);
    expect((await loadSettings()).quietSites).toEqual([]);
  });

  it('recovers from a broken stored value with the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { autoOpen: 'yes', quietSites: [1, 'ok.example'] } });
    expect(await loadSettings()).toEqual({ autoOpen: true, quietSites: ['ok.example'], myFilters: '' });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual({ autoOpen: true, quietSites: [], myFilters: '' });
  });
});
