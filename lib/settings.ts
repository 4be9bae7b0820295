import { storage } from 'wxt/utils/storage';

/** The person's choices: whether help pages open the checklist by themselves, and where not. */
export interface Settings {
  autoOpen: boolean;
  /** Sites (host names) where the checklist waits, collapsed, until asked for. */
  quietSites: string[];
  /** "My filters": the person's own ad filters, as typed (uBlock Origin / Adblock Plus syntax). */
  myFilters: string;
}

const DEFAULTS: Settings = { autoOpen: true, quietSites: [], myFilters: '' };
const settingsItem = storage.defineItem<Settings>('local:settings', { version: 1, fallback: DEFAULTS });

/** A stored value from another version or another extension is replaced by the defaults, not trusted. */
function sane(value: unknown): Settings {
  const v = value as Partial<Settings> | null;
  if (!v || typeof v !== 'object') return DEFAULTS;
  return {
    autoOpen: typeof v.autoOpen === 'boolean' ? v.autoOpen : DEFAULTS.autoOpen,
    quietSites: Array.isArray(v.quietSites) ? v.quietSites.filter((s): s is string => typeof s === 'string') : [],
    myFilters: typeof v.myFilters === 'string' ? v.myFilters : '',
  };
}

export async function loadSettings(): Promise<Settings> {
  return sane(await settingsItem.getValue());
}

export async function setAutoOpen(autoOpen: boolean): Promise<void> {
  await settingsItem.setValue({ ...(await loadSettings()), autoOpen });
}

export async function setSiteQuiet(site: string, quiet: boolean): Promise<void> {
  const settings = await loadSettings();
  const others = settings.quietSites.filter((s) => s !== site);
  await settingsItem.setValue({ ...settings, quietSites: quiet ? [...others, site].sort() : others });
}

export async function setMyFilters(myFilters: string): Promise<void> {
  await settingsItem.setValue({ ...(await loadSettings()), myFilters });
}

export function opensByItself(settings: Settings, site: string): boolean {
  return settings.autoOpen && !settings.quietSites.includes(site);
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(sane(value)));
}
