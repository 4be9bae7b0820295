/**
 * The bench runs the extension's code in a plain page, where no extension API exists: `wxt/browser`
 * resolves here instead, to WXT's in-memory browser (the one the unit tests use).
 */
import { fakeBrowser } from '@webext-core/fake-browser';

export const browser = fakeBrowser;
export default fakeBrowser;
