/** Put text on the clipboard (the popup is focused when a person clicks, as the Clipboard API wants). */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/** Save text as a file through a temporary `<a download>`: no downloads permission needed. */
export function downloadText(fileName: string, text: string, type = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the blob after click() returns: let it, then free it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
