import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // The ad engine gets host names and sites from Fixlist (lib/ads/site-domain.ts), never from tldts:
    // pointing tldts there keeps its ~100 KB public-suffix list out of the guide script.
    resolve: { alias: { 'tldts-experimental': fileURLToPath(new URL('lib/ads/site-domain.ts', import.meta.url)) } },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    // Pages the background may glance at (tab title and address) and script; no content script is
    // declared: the first look is injected only where the glance says so.
    host_permissions: ['http://*/*', 'https://*/*'],
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
    // Grey until the tab shows a checklist; background.ts turns a tab's button green when it does.
    action: { default_title: '__MSG_extName__', default_icon: { 16: '/icon/idle-16.png', 32: '/icon/idle-32.png' } },
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
      // Firefox for Android runs the same build: phones get the bottom sheet (sidebar.css).
      gecko_android: {},
    },
  },
  zip: {
    excludeSources: ['tests/**', 'coverage/**', '.output/**', 'test-results/**', 'demo-output/**', 'docs/**/*.png'],
  },
});
