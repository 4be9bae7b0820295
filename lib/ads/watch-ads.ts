import type { AdEngine } from './ad-engine';
import { findAds, removeAds } from './strip-ads';

/**
 * Removes ads that scripts add after load (the hiding stylesheet already keeps most of them from showing).
 * Mutations are batched to one check per animation frame and only the parents of added nodes are
 * searched, so a busy page costs little. Returns a stop function.
 */
export function watchAds(root: Element, engine?: AdEngine, onRemoved?: (count: number) => void): () => void {
  const view = root.ownerDocument.defaultView;
  if (!view?.MutationObserver) return () => {};
  let pending = new Set<ParentNode>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const parents = pending;
    pending = new Set();
    let removed = 0;
    for (const parent of parents) if ((parent as Node).isConnected) removed += removeAds(findAds(parent, engine).nodes);
    if (removed > 0) onRemoved?.(removed);
  };
  const observer = new view.MutationObserver((records) => {
    for (const record of records) {
      const target = record.target as Element;
      if (record.addedNodes.length === 0 || target.closest?.('fixlist-sidebar')) continue;
      pending.add(target);
    }
    if (pending.size > 0 && !scheduled) {
      scheduled = true;
      view.requestAnimationFrame(flush);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
