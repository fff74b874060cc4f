// One embedded search box: a search input over a dropdown of result links, inside the host element's
// Shadow DOM. Searches as you type (debounced, older answers dropped), ArrowDown/ArrowUp move through
// the links, Escape closes. Not a combobox: the dropdown holds links and focus moves into them.
// State: per box (its timer, request counter and AbortController); the module itself holds none.
import * as api from '../js/api.js';
import { h, replaceChildren } from '../js/dom.js';
import { matchCount, resultItems } from './results.js';
import { EMBED_CSS } from './style.js';

const SEARCH_DELAY_MS = 150;
const UNAVAILABLE = 'Search is unavailable right now.';
const PHONE_QUERY = '(max-width: 40rem)'; // on screens this narrow the dropdown spans the viewport
const VIEWPORT_MARGIN_PX = 8;

/** options: {origin, limit, placeholder, label}, as main.js reads them from the script tag. */
export function mountSearchBox(host, options) {
  const root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  adoptStyles(root);
  const box = new SearchBox(host, root, options);
  box.listen();
  return box;
}

function adoptStyles(root) {
  if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function' &&
      CSSStyleSheet.prototype.replaceSync) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(EMBED_CSS); // not an inline style: a host CSP with style-src 'self' allows it
    root.adoptedStyleSheets = [sheet];
  } else {
    root.appendChild(h('style', null, EMBED_CSS));
  }
}

class SearchBox {
  constructor(host, root, options) {
    this.host = host;
    this.root = root;
    this.options = options;
    this.timer = 0;
    this.requestId = 0;     // the newest request; older answers are dropped
    this.controller = null; // aborts the request in flight when a newer one starts
    const uid = `podseek-${Math.random().toString(36).slice(2, 8)}`;
    this.input = h('input', {
      id: `${uid}-q`, type: 'search', part: 'input', placeholder: options.placeholder, autocomplete: 'off',
      'aria-controls': `${uid}-list`,
    });
    this.list = h('ul', {
      id: `${uid}-list`, class: 'dropdown', part: 'dropdown', 'aria-label': 'Search results', hidden: true,
    });
    this.live = h('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    root.append(h('label', { for: `${uid}-q`, class: 'sr' }, options.label), this.input, this.list, this.live);
  }

  open(on) {
    this.list.hidden = !on;
    if (on) this.fitToScreen();
  }

  // On a phone a box in a header or sidebar is narrow: the results get the viewport's width
  // (less a margin) instead of the box's. The offsets are set through the CSSOM (CSP-safe).
  fitToScreen() {
    const style = this.list.style;
    if (!window.matchMedia(PHONE_QUERY).matches) { style.removeProperty('left'); style.removeProperty('right'); return; }
    const box = this.host.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    style.setProperty('left', `${VIEWPORT_MARGIN_PX - box.left}px`);
    style.setProperty('right', `${box.right - (viewport - VIEWPORT_MARGIN_PX)}px`);
  }

  message(text, isError) {
    replaceChildren(this.list, h('li', { class: isError ? 'message error' : 'message' }, text));
    this.live.textContent = text;
    this.open(true);
  }

  render(q, data) {
    this.live.textContent = matchCount(data.total);
    if (!(data.results || []).length) {
      this.message(`No episodes match \u201c${q}\u201d.`);
      return;
    }
    replaceChildren(this.list, resultItems(q, data, this.options.origin));
    this.open(true);
  }

  async search(q) {
    const id = ++this.requestId;
    if (this.controller) this.controller.abort();
    this.controller = null;
    if (!q.trim()) {
      this.open(false);
      replaceChildren(this.list);
      return;
    }
    this.controller = new AbortController();
    const { origin, limit } = this.options;
    try {
      const data = await api.search({ q }, { partial: /\S$/.test(q), perPage: limit, origin }, this.controller.signal);
      if (id === this.requestId) this.render(q, data);
    } catch (err) {
      if (err && err.name === 'AbortError') return;
      if (id === this.requestId) this.message(UNAVAILABLE, true);
    }
  }

  links() { return [...this.list.querySelectorAll('a')]; }

  listen() {
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      const q = this.input.value;
      this.timer = setTimeout(() => this.search(q), SEARCH_DELAY_MS);
    });
    this.input.addEventListener('keydown', (e) => this.onInputKey(e));
    this.input.addEventListener('focus', () => {
      if (this.list.childNodes.length && this.input.value.trim()) this.open(true);
    });
    this.list.addEventListener('keydown', (e) => this.onListKey(e));
    window.addEventListener('resize', () => { if (!this.list.hidden) this.fitToScreen(); });
    // Close when a click or the focus leaves the box.
    document.addEventListener('click', (e) => {
      if (e.composedPath && !e.composedPath().includes(this.host)) this.open(false);
    });
    this.host.addEventListener('focusout', () => {
      setTimeout(() => { if (!this.host.matches(':focus-within')) this.open(false); }, 0);
    });
  }

  onInputKey(e) {
    if (e.key === 'ArrowDown' && !this.list.hidden) {
      const all = this.links();
      if (all.length) { e.preventDefault(); all[0].focus(); }
    } else if (e.key === 'Escape') {
      if (!this.list.hidden) this.open(false); else this.input.value = '';
    }
  }

  onListKey(e) {
    const all = this.links();
    const i = all.indexOf(this.root.activeElement);
    if (e.key === 'ArrowDown' && i < all.length - 1) {
      e.preventDefault();
      all[i + 1].focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (i > 0) all[i - 1].focus(); else this.input.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.input.focus();
      this.open(false);
    }
  }
}
