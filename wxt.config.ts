import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Built from entrypoints/first-look.ts. */
const EVERY_PAGE_SCRIPT = 'first-look.js';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandToggle__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'fixlist@fixlist.dev',
        // Nothing leaves the browser: Fixlist collects no data. (Newer than WXT's manifest types.)
        ...({ data_collection_permissions: { required: ['none'] } } as object),
      },
    },
  },
  hooks: {
    // The every-page script is an unlisted script (a plain bundle, without the content-script
    // framework's start-up), declared here so the browser injects it at idle into every page.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({
        matches: ['http://*/*', 'https://*/*'],
        run_at: 'document_idle',
        js: [EVERY_PAGE_SCRIPT],
      });
    },
  },
  zip: { excludeSources: ['tests/**', 'coverage/**', '.output/**', 'test-results/**'] },
});
