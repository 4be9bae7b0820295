import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { loadSettings, opensByItself, type Settings, setSiteQuiet, watchSettings } from '@/lib/settings';

/** "Open the checklist by itself on <site>": the per-site switch, right where the person meets the site. */
export function SiteSetting({ site }: { site: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings || !site) return null;
  return (
    <p class="fl-note">
      <label>
        <input
          type="checkbox"
          data-fixlist="setting-site"
          checked={opensByItself(settings, site)}
          disabled={!settings.autoOpen}
          onChange={(event) => void setSiteQuiet(site, !event.currentTarget.checked)}
        />{' '}
        {t('openHere', site)}
      </label>
    </p>
  );
}
