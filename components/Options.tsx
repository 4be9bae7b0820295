import { useEffect, useState } from 'preact/hooks';
import { loadSettings, type Settings, setAutoOpen, setSiteQuiet, watchSettings } from '@/lib/settings';

/** Settings page: open by itself or not, and the sites where the checklist waits to be asked for. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <main>
      <h1 class="fl-title">Fixlist settings</h1>
      <p>
        <label>
          <input
            type="checkbox"
            data-fixlist="setting-auto-open"
            checked={settings.autoOpen}
            onChange={(event) => void setAutoOpen(event.currentTarget.checked)}
          />{' '}
          Open the checklist by itself on WhatsApp-backup help pages
        </label>
      </p>
      <h2>Sites where the checklist waits to be asked for</h2>
      {settings.quietSites.length === 0 ? (
        <p class="fl-note">None. You can add the current site from the toolbar popup.</p>
      ) : (
        <ul>
          {settings.quietSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" class="fl-button" onClick={() => void setSiteQuiet(site, false)}>
                Open by itself here again
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="fl-note">Fixlist keeps everything in this browser. Nothing is sent anywhere.</p>
    </main>
  );
}
