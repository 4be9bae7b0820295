/** The nearest element that contains all of `elements` (null for none). */
export function commonAncestor(elements: Element[]): Element | null {
  let ancestor: Element | null = elements[0]?.parentElement ?? null;
  while (ancestor && !elements.every((el) => ancestor?.contains(el))) ancestor = ancestor.parentElement;
  return ancestor;
}
