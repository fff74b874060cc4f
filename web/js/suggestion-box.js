// The type-ahead list under the search box (an ARIA combobox's listbox): asks /api/suggest a moment
// after typing stops, shows words, guests, topics, categories and episodes, and moves a pick with the arrow keys.
// What choosing one does is the page's (onChoose). One SuggestionBox per search box.
import * as api from './api.js';
import { h, replaceChildren } from './dom.js';

const SUGGEST_DELAY_MS = 120;
const SUGGESTION_LIMIT = 8;
const KIND_LABELS = { term: 'word', guest: 'guest', topic: 'topic', category: 'category', episode: 'episode' };

export class SuggestionBox {
  /** input: the combobox; onChoose(suggestion) is called on a click or on Enter over a pick. */
  constructor(input, onChoose) {
    this.input = input;
    this.onChoose = onChoose;
    this.list = h('ul', { id: 'suggestions', class: 'suggestions', role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
    this.controller = null;   // aborts the request in flight when a newer one starts
    this.requestId = 0;       // the newest request; older answers are dropped
    this.available = true;    // false after /api/suggest 404s: degrade quietly
    this.timer = 0;
    this.suggestions = [];
    this.active = -1;
  }

  isOpen() { return !this.list.hidden && this.suggestions.length > 0; }

  /** The suggestion the arrow keys picked, or null. */
  picked() { return this.active >= 0 ? this.suggestions[this.active] : null; }

  /** True when ↓ can still move down the list (else it leaves for the results). */
  canMoveDown() { return this.isOpen() && this.active < this.suggestions.length - 1; }

  schedule(q) {
    clearTimeout(this.timer);
    if (!this.available || !q.trim()) { this.close(); return; }
    this.timer = setTimeout(() => this.fetch(q), SUGGEST_DELAY_MS);
  }

  async fetch(q) {
    const id = ++this.requestId;
    if (this.controller) this.controller.abort();
    this.controller = new AbortController();
    try {
      const res = await api.suggest(q, SUGGESTION_LIMIT, this.controller.signal);
      if (id !== this.requestId || document.activeElement !== this.input) return;
      this.show((res.suggestions || []).filter((s) => s && s.text));
    } catch (err) {
      if (err.name === 'AbortError') return;
      if (err.status === 404 || err.status === 501) this.available = false; // no endpoint: stop asking
      this.close();
    }
  }

  show(list) {
    // A fresher list must not drop what the arrow keys already picked, if it is still offered.
    const picked = this.picked();
    this.suggestions = list;
    this.active = picked ? list.findIndex((s) => s.text === picked.text && s.kind === picked.kind) : -1;
    replaceChildren(this.list, list.map((s, i) => h('li', {
      id: `suggestion-${i}`, role: 'option', class: 'suggestion', 'aria-selected': 'false',
      onmousedown: (e) => { e.preventDefault(); this.onChoose(s); },
    }, h('span', { class: 'suggestion-text', dir: 'auto' }, s.text), h('span', { class: 'suggestion-kind' }, KIND_LABELS[s.kind] || s.kind || ''))));
    const open = list.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.move(0); // marks the kept pick, if any
  }

  close() {
    clearTimeout(this.timer);
    this.requestId++;
    this.suggestions = [];
    this.active = -1;
    this.list.hidden = true;
    replaceChildren(this.list);
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  /** Moves the pick by delta; past either end it wraps through "nothing picked" (-1). */
  move(delta) {
    const n = this.suggestions.length;
    this.active += delta;
    if (this.active < -1) this.active = n - 1;
    if (this.active >= n) this.active = -1;
    [...this.list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `suggestion-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }
}
