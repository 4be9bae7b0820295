// The sidebar's closed shadow root, as the browsers' automation protocols serialize it (Chromium's
// DOM.describeNode with pierce, WebDriver BiDi's includeShadowTree), turned into one small tree shape,
// with a CSS-like query over it. Page script cannot reach a closed root; these protocols can, so the
// tests read exactly what a person gets.
//
// Node shapes: element { tag, attrs, children, ref, parent, shadowRoot? }, text { text, parent },
// shadow root { tag: '#shadow-root', mode, children, ref }. `ref` is the protocol's handle
// (Chromium: backendNodeId; Firefox: sharedId) for live reads and clicks.

/** Chromium: a DOM.describeNode({ pierce: true, depth: -1 }) node. */
export function fromCdp(node, parent = null) {
  if (node.nodeType === 3) return { text: node.nodeValue ?? '', parent };
  if (node.nodeType !== 1 && node.nodeType !== 11) return null;
  const attrs = {};
  for (let i = 0; i + 1 < (node.attributes ?? []).length; i += 2) attrs[node.attributes[i]] = node.attributes[i + 1];
  const out = {
    tag: node.nodeType === 11 ? '#shadow-root' : node.localName,
    mode: node.shadowRootType,
    attrs,
    children: [],
    ref: node.backendNodeId,
    parent,
  };
  for (const child of node.children ?? []) {
    const c = fromCdp(child, out);
    if (c) out.children.push(c);
  }
  const root = node.shadowRoots?.[0];
  if (root) out.shadowRoot = fromCdp(root, out);
  return out;
}

/** Firefox: a WebDriver BiDi NodeRemoteValue serialized with includeShadowTree: 'all'. */
export function fromBidi(remote, parent = null) {
  const value = remote?.value;
  if (!value) return null;
  if (value.nodeType === 3) return { text: value.nodeValue ?? '', parent };
  if (value.nodeType !== 1 && value.nodeType !== 11) return null;
  const out = {
    tag: value.nodeType === 11 ? '#shadow-root' : value.localName,
    mode: value.mode,
    attrs: { ...(value.attributes ?? {}) },
    children: [],
    ref: remote.sharedId,
    parent,
  };
  for (const child of value.children ?? []) {
    const c = fromBidi(child, out);
    if (c) out.children.push(c);
  }
  if (value.shadowRoot) out.shadowRoot = fromBidi(value.shadowRoot, out);
  return out;
}

/**
 * The text of a node (style sheets left out). Chromium's DOM domain leaves out whitespace-only text
 * nodes, so words from separate nodes may run together: good for titles and labels; for exact text
 * with spaces between parts, read textContent live (`sidebarEval`).
 */
export function textOf(node) {
  if (!node) return '';
  if ('text' in node) return node.text;
  if (node.tag === 'style' || node.tag === 'script') return '';
  return node.children.map(textOf).join('');
}

const elementChildren = (node) => node.children.filter((c) => c.tag && c.tag !== '#shadow-root');

/**
 * Parse a selector of compounds (tag, #id, .class, [attr], [attr=val], [attr*=val], [attr^=val],
 * :nth-child(n)) joined by descendant (space) or child (>) combinators. Commas are not supported.
 */
export function parseSelector(selector) {
  const steps = [];
  let compound = { parts: [] };
  let combinator = ' ';
  let i = 0;
  const s = selector.trim();
  const ident = () => {
    const m = /^[\w-]+/.exec(s.slice(i));
    if (!m) throw new Error(`bad selector at ${i}: ${selector}`);
    i += m[0].length;
    return m[0];
  };
  const finish = () => {
    if (compound.parts.length) steps.push({ combinator, parts: compound.parts });
    compound = { parts: [] };
  };
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '>') {
      let sawChild = false;
      while (s[i] === ' ' || s[i] === '>') sawChild ||= s[i++] === '>';
      finish();
      combinator = sawChild ? '>' : ' ';
    } else if (c === '.') {
      i++;
      compound.parts.push({ kind: 'class', name: ident() });
    } else if (c === '#') {
      i++;
      compound.parts.push({ kind: 'attr', name: 'id', op: '=', value: ident() });
    } else if (c === '[') {
      const m = /^\[\s*([\w-]+)\s*(?:([*^$]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*)?\]/.exec(s.slice(i));
      if (!m) throw new Error(`bad attribute selector at ${i}: ${selector}`);
      i += m[0].length;
      compound.parts.push({ kind: 'attr', name: m[1], op: m[2], value: m[3] ?? m[4] ?? m[5] });
    } else if (s.startsWith(':nth-child(', i)) {
      const m = /^:nth-child\((\d+)\)/.exec(s.slice(i));
      if (!m) throw new Error(`bad :nth-child at ${i}: ${selector}`);
      i += m[0].length;
      compound.parts.push({ kind: 'nth', n: Number(m[1]) });
    } else compound.parts.push({ kind: 'tag', name: ident().toLowerCase() });
  }
  finish();
  return steps;
}

function matchesCompound(node, parts) {
  return parts.every((p) => {
    if (p.kind === 'tag') return node.tag === p.name;
    if (p.kind === 'class') return (node.attrs.class ?? '').split(/\s+/).includes(p.name);
    if (p.kind === 'nth') return node.parent && elementChildren(node.parent).indexOf(node) === p.n - 1;
    const v = node.attrs[p.name];
    if (v === undefined) return false;
    if (!p.op) return true;
    if (p.op === '=') return v === p.value;
    if (p.op === '*=') return v.includes(p.value);
    if (p.op === '^=') return v.startsWith(p.value);
    return v.endsWith(p.value);
  });
}

/** Does `node` match the steps, its ancestors (up to, not including, `scope`) matching the earlier ones? */
function matchesSteps(node, steps, scope) {
  const last = steps[steps.length - 1];
  if (!matchesCompound(node, last.parts)) return false;
  if (steps.length === 1) return true;
  const rest = steps.slice(0, -1);
  for (let up = node.parent; up && up !== scope; up = up.parent) {
    if (up.tag && up.tag !== '#shadow-root' && matchesSteps(up, rest, scope)) return true;
    if (last.combinator === '>') return false;
  }
  return false;
}

/** Every element under `scope` (document order) that matches `selector`, like querySelectorAll. */
export function queryAll(scope, selector) {
  if (!scope) return [];
  const steps = parseSelector(selector);
  const found = [];
  const walk = (node) => {
    for (const child of elementChildren(node)) {
      if (matchesSteps(child, steps, scope)) found.push(child);
      walk(child);
    }
  };
  walk(scope);
  return found;
}
