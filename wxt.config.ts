import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Fixlist',
    description:
      'Turns WhatsApp-backup troubleshooting articles into a clean, ad-free checklist that remembers what you tried.',
    permissions: ['storage', 'scripting'],
    action: { default_title: 'Fixlist' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Show or hide the Fixlist checklist',
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
  zip: { excludeSources: ['tests/**', 'coverage/**', '.output/**', 'test-results/**'] },
});
