import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { loadSettings, type Settings, setAutoOpen, setSiteQuiet, watchSettings } from '@/lib/settings';
import { MyFilters } from './MyFilters';

/** Settings page: open by itself or not, the sites where the checklist waits to be asked for, and My filters. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <main>
      <h1 class="fl-title">{t('optionsTitle')}</h1>
      <p>
        <label>
          <input
            type="checkbox"
            data-fixlist="setting-auto-open"
            checked={settings.autoOpen}
            onChange={(event) => void setAutoOpen(event.currentTarget.checked)}
          />{' '}
          {t('optionsAutoOpen')}
        </label>
      </p>
      <h2>{t('optionsQuietHeading')}</h2>
      {settings.quietSites.length === 0 ? (
        <p class="fl-note">{t('optionsQuietNone')}</p>
      ) : (
        <ul>
          {settings.quietSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" class="fl-button" onClick={() => void setSiteQuiet(site, false)}>
                {t('optionsQuietRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <MyFilters saved={settings.myFilters} />
      <p class="fl-note">{t('optionsPrivacy')}</p>
    </main>
  );
}
