/**
 * The one thing the every-page script leaves on a page that fails its first look: an observer of the
 * <title>, which calls back when the title has changed. That is how single-page sites show a
 * navigation (history.pushState, back and forward: a new article brings its title), and how an app
 * that renders its article after load shows it has. Nothing else the page does (its body, events,
 * timers, scripts added to <head>) reaches the extension. A page with no <title> yet is watched for
 * one to appear in <head> (direct children only), then its title alone.
 */
export function onTitleChange(doc: Document, callback: () => void): () => void {
  const view = doc.defaultView;
  if (!view || !doc.head) return () => {};
  let last = doc.title;
  let title: Element | null = null;
  const observer = new view.MutationObserver(() => {
    if (!title) watchTitle();
    if (doc.title === last) return;
    last = doc.title;
    callback();
  });
  const watchTitle = () => {
    title = doc.head.querySelector('title');
    observer.disconnect();
    if (title) observer.observe(title, { childList: true, subtree: true, characterData: true });
    else observer.observe(doc.head, { childList: true });
  };
  watchTitle();
  return () => observer.disconnect();
}
