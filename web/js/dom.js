// Small DOM helpers shared by every page and by the embeddable search box (web/embed/, bundled
// into embed.js). API text is only ever inserted as text nodes; the one exception is the API's own
// <mark> markup, rebuilt here as real <mark> elements. Module-level state: none.

/**
 * h('a', {href: '/x', class: 'y', onclick: fn}, 'text', child, [more]) builds an element.
 * Strings become text nodes; null/false children are skipped; arrays are flattened.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: '\u00a0' };

/** Decodes the few entities an HTML-escaping server emits, plus numeric ones. Never parses markup. */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const known = ENTITIES[name.toLowerCase()];
    return known === undefined ? whole : known;
  });
}

/**
 * Turns an API "HTML-safe" string (escaped text whose only markup is <mark>…</mark>) into a
 * DocumentFragment of text nodes and <mark> elements. Anything else that looks like a tag stays text.
 */
export function highlighted(html) {
  const fragment = document.createDocumentFragment();
  if (typeof html !== 'string') return fragment;
  const parts = html.split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === '<mark>') { inMark = true; continue; }
    if (part === '</mark>') { inMark = false; continue; }
    if (!part) continue;
    const text = decodeEntities(part);
    fragment.appendChild(inMark ? h('mark', null, text) : document.createTextNode(text));
  }
  return fragment;
}

/** Replaces all children of el. */
export function replaceChildren(el, ...children) {
  el.textContent = '';
  append(el, children);
}

/** "1 episode" / "4 episodes". */
export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Link to a search filtered by one facet value, e.g. /?guest=Max%20Inden. */
export function facetHref(facet, value) {
  const params = new URLSearchParams();
  params.append(facet, value);
  return `/?${params}`;
}

/** Link to an episode's page. */
export function episodeHref(episode) {
  return `/episodes/${encodeURIComponent(episode)}`;
}

/**
 * Only http(s) URLs from the API become link targets; anything else (javascript:, data:) does not.
 * Relative URLs resolve against base: the page's own address, or the API's origin in the embed.
 */
export function safeUrl(url, base = location.href) {
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
