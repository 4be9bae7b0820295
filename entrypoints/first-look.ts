import { firstLook } from '@/lib/first-look';

/**
 * The first look, injected by the background only into tabs whose title or address names WhatsApp
 * (or whose title says nothing): a glance at the title, address and headings, answered as the
 * script's result. A plain script (no polyfill, no framework start-up, no listener left behind):
 * other pages never run it, and a later navigation is noticed by the background, not the page.
 */
export default defineUnlistedScript((): boolean => firstLook(document));
