import type { FixlistProtocol } from './messages';

/**
 * @webext-core/messaging's wire format, for the every-page script, which stays tiny by not bundling the
 * library: a request it sends, and the reply it gives (the library reads `{ res }`).
 */
export const wireRequest = (type: keyof FixlistProtocol) => ({ id: 0, type, data: undefined, timestamp: Date.now() });
export const wireReply = <T>(res: T) => ({ res });
