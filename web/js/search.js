// The search page: search-as-you-type, suggestions, results with chapter deep links, facets,
// paging and sorting. The URL is the state (search-state.js): reload and back work. The parts are
// built by search-result.js (a result), search-filters.js (facets and chips) and
// suggestion-box.js (the type-ahead list); this module wires them to the state and the API.
import * as api from './api.js';
import { h, replaceChildren, plural, episodeHref } from './dom.js';
import { siteIdentity, titled } from './site.js';
import { rangeFieldsets } from './range_filters.js';
import { SORTS, PER_PAGE, stateFromUrl, urlFromState, lastPage, activeFilters, withoutFilters } from './search-state.js';
import { searchResult } from './search-result.js';
import { facetGroups, filterChips } from './search-filters.js';
import { SuggestionBox } from './suggestion-box.js';

const SEARCH_DELAY_MS = 150;
const KEYS_HELP = 'Arrow keys move through results; Esc closes the suggestions, a second Esc clears.';

export function renderSearchPage(main) {
  const page = new SearchPage(main);
  page.start();
}

class SearchPage {
  constructor(main) {
    this.main = main;
    this.state = stateFromUrl(location.search);
    this.requestId = 0;          // the newest search request; older answers are dropped
    this.controller = null;      // aborts the search in flight when a newer one starts
    this.searchTimer = 0;
    this.typing = false;          // a run of keystrokes shares one history entry
    this.expandedFacets = new Set(); // facets whose full list the user asked to see
    this.build();
  }

  build() {
    this.input = h('input', {
      id: 'q', type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false',
      placeholder: 'Search episodes…', role: 'combobox',
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'suggestions',
      'aria-describedby': 'search-help',
      oninput: () => this.onInput(), onkeydown: (e) => this.onInputKey(e),
      onblur: () => setTimeout(() => this.suggestions.close(), 150),
    });
    this.suggestions = new SuggestionBox(this.input, (s) => this.chooseSuggestion(s));
    this.form = h('form', { class: 'search-form', role: 'search', onsubmit: (e) => this.onSubmit(e) },
      h('label', { for: 'q', class: 'search-label' }, 'Search the podcast'),
      h('div', { class: 'search-field' },
        this.input,
        h('button', { type: 'submit', class: 'search-button' }, 'Search'),
        this.suggestions.list),
      this.help = h('p', { id: 'search-help', class: 'search-help' }, KEYS_HELP));
    siteIdentity().then((site) => {
      this.site = site;
      this.renderExamples(site.examples || []);
      if (!this.state.q) document.title = titled('', site);
    });

    // Filters: a collapsible panel, open on wide screens and closed at first on phones.
    this.facetBody = h('div', { class: 'facet-body' });
    this.facetSummary = h('summary', { id: 'facets-heading' }, 'Filter');
    this.facetPanel = h('aside', { class: 'facets', 'aria-labelledby': 'facets-heading' },
      h('details', { class: 'facet-details', open: !matchMedia('(max-width: 46rem)').matches }, this.facetSummary, this.facetBody));
    this.count = h('p', { id: 'result-count', class: 'result-count', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.sortSelect = h('select', { id: 'sort', onchange: () => this.setSort(this.sortSelect.value) },
      SORTS.map(([value, label]) => h('option', { value }, label)));
    this.chips = h('ul', { class: 'chips', 'aria-label': 'Active filters' });
    this.notice = h('div', { class: 'query-notice' });
    this.results = h('ol', { class: 'results', id: 'results', 'aria-label': 'Results' });
    this.status = h('div', { class: 'status-area' });
    this.pager = h('nav', { class: 'pager', 'aria-label': 'Pages' });

    replaceChildren(this.main,
      h('h1', { class: 'visually-hidden' }, 'Search'),
      this.form,
      h('div', { class: 'search-layout' },
        this.facetPanel,
        h('section', { class: 'results-panel', 'aria-labelledby': 'result-count' },
          h('div', { class: 'toolbar' },
            this.count,
            h('div', { class: 'sort' }, h('label', { for: 'sort' }, 'Sort'), this.sortSelect)),
          this.chips, this.notice, this.status, this.results, this.pager)));

    this.results.addEventListener('keydown', (e) => this.onResultsKey(e));
    this.main.addEventListener('click', (e) => this.onLinkClick(e));
    window.addEventListener('popstate', () => {
      this.typing = false;
      this.state = stateFromUrl(location.search);
      this.input.value = this.state.q;
      this.suggestions.close();
      this.runSearch();
    });
  }

  /** "Try QUIC, guest:"Max Inden" or …": the site's example queries, each a link that searches it. */
  renderExamples(examples) {
    if (!examples.length) { replaceChildren(this.help, KEYS_HELP); return; }
    const links = examples.map((q, i) => [
      i === 0 ? null : (i === examples.length - 1 ? ' or ' : ', '),
      h('a', { href: urlFromState({ ...stateFromUrl(''), q }), 'data-state': '', class: 'example' }, h('code', null, q)),
    ]);
    replaceChildren(this.help, 'Try ', links, '. ', KEYS_HELP);
  }

  start() {
    this.input.value = this.state.q;
    history.replaceState({ podseek: true }, '', urlFromState(this.state));
    this.runSearch();
    if (!matchMedia('(hover: none)').matches) this.input.focus();
  }

  // ---- state changes -------------------------------------------------------------------------

  /** Applies a new state: records it in the URL (push or replace) and searches. */
  navigate(next, { push = true, delay = 0 } = {}) {
    this.state = next;
    const url = urlFromState(next);
    if (url !== location.pathname + location.search) {
      if (push) history.pushState({ podseek: true }, '', url);
      else history.replaceState({ podseek: true }, '', url);
    }
    clearTimeout(this.searchTimer);
    if (delay) this.searchTimer = setTimeout(() => this.runSearch(), delay);
    else this.runSearch();
  }

  onInput() {
    const q = this.input.value;
    // The first keystroke of a run pushes a history entry; the rest of the run replaces it.
    const push = !this.typing;
    this.typing = true;
    this.navigate({ ...this.state, q, page: 1 }, { push, delay: SEARCH_DELAY_MS });
    this.suggestions.schedule(q);
  }

  onSubmit(event) {
    event.preventDefault();
    const picked = this.suggestions.picked();
    if (picked) { this.chooseSuggestion(picked); return; }
    this.suggestions.close();
    this.typing = false;
    this.navigate({ ...this.state, q: this.input.value, page: 1 }, { push: false });
  }

  setQuery(q) {
    this.typing = false;
    this.input.value = q;
    this.suggestions.close();
    this.navigate({ ...this.state, q, page: 1 });
  }

  toggleFilter(facet, value, on) {
    this.typing = false;
    const values = this.state[facet].filter((v) => v !== value);
    if (on) values.push(value);
    this.navigate({ ...this.state, [facet]: values, page: 1 });
  }

  clearFilters() {
    this.typing = false;
    this.navigate(withoutFilters(this.state));
  }

  setSort(sort) {
    this.typing = false;
    const defaultSort = this.state.q ? 'relevance' : 'newest';
    this.navigate({ ...this.state, sort: sort === defaultSort ? '' : sort, page: 1 });
  }

  setPage(pageNumber) {
    this.typing = false;
    this.navigate({ ...this.state, page: pageNumber });
    this.count.scrollIntoView({ block: 'nearest' });
  }

  /** Internal links (pager, "did you mean", facet links in results) navigate in place. */
  onLinkClick(event) {
    const link = event.target.closest('a[data-state]');
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.typing = false;
    const next = stateFromUrl(new URL(link.href).search);
    this.input.value = next.q;
    this.navigate(next);
  }

  // ---- searching -----------------------------------------------------------------------------

  // A query that ends in a word is searched with that word as a prefix whether it was typed or
  // entered (and on reload or back): as-you-type results and Enter's are the same request.
  async runSearch() {
    const partial = /\S$/.test(this.state.q);
    clearTimeout(this.searchTimer);
    const id = ++this.requestId;
    if (this.controller) this.controller.abort();
    this.controller = new AbortController();
    const state = this.state;
    this.results.setAttribute('aria-busy', 'true');
    document.title = titled(state.q, this.site || { title: 'podseek' });
    try {
      // The API counts each facet without its own filter, so a chosen guest leaves the others on
      // offer (values of a facet are OR-ed): one request gives everything the page shows.
      const response = await api.search(state, { partial, perPage: PER_PAGE }, this.controller.signal);
      if (id !== this.requestId) return; // a newer search has started: never show an older answer
      this.renderResponse(state, response);
    } catch (err) {
      if (err.name === 'AbortError' || id !== this.requestId) return;
      this.renderError(err);
    } finally {
      if (id === this.requestId) this.results.removeAttribute('aria-busy');
    }
  }

  renderResponse(state, res) {
    this.sortSelect.value = state.sort || (state.q ? 'relevance' : 'newest');
    const shown = res.corrected_query || state.q;
    const filtered = activeFilters(state) > 0;
    this.mixed = res.podcasts_in_index > 1;
    this.count.textContent = state.q
      ? `${plural(res.total, 'episode')} ${res.total === 1 ? 'matches' : 'match'} “${shown}”${filtered ? ' with the chosen filters' : ''}`
      : `${plural(res.total, 'episode')}${filtered ? ' with the chosen filters' : ''}`;
    // With nothing found the empty state says so in words: the count stays for screen readers only.
    this.count.classList.toggle('visually-hidden', res.total === 0);
    this.renderNotice(state, res);
    this.renderChips(state);
    this.renderFacets(state, res.facets || {}, res.facet_values || {});
    replaceChildren(this.status);
    replaceChildren(this.results, (res.results || []).map((r) => searchResult(r, { mixed: this.mixed })));
    if (!res.results || res.results.length === 0) {
      if (res.total > 0) this.renderBeyondLast(state, res); else this.renderEmpty(state, res);
    }
    this.renderPager(state, res);
  }

  renderNotice(state, res) {
    const parts = [];
    if (res.corrected_query) {
      parts.push(h('p', { class: 'corrected' }, 'Showing results for ',
        h('strong', null, res.corrected_query), `. No episode matched “${state.q}”.`));
    }
    if (res.matched_all_words === false && res.total > 0) {
      parts.push(h('p', { class: 'partial-match' }, 'No episode has all of these words; showing episodes with some of them.'));
    }
    if (res.suggestion && res.suggestion !== res.corrected_query) {
      parts.push(h('p', { class: 'did-you-mean' }, 'Did you mean ',
        h('a', { href: urlFromState({ ...state, q: res.suggestion, page: 1 }), 'data-state': '' }, res.suggestion), '?'));
    }
    replaceChildren(this.notice, parts);
  }

  renderChips(state) {
    const chips = filterChips(state, {
      onRemoveFacet: (facet, value) => this.toggleFilter(facet, value, false),
      onRemoveRange: (name) => { this.typing = false; this.navigate({ ...this.state, [name]: '', page: 1 }); },
      onClearAll: () => this.clearFilters(),
    });
    replaceChildren(this.chips, chips);
    this.chips.hidden = chips.length === 0;
  }

  renderFacets(state, facets, distinct = {}) {
    const groups = facetGroups(state, facets, distinct, {
      expandedFacets: this.expandedFacets,
      onToggle: (facet, value, on) => this.toggleFilter(facet, value, on),
      onShowAll: (facet, expand) => {
        if (expand) this.expandedFacets.add(facet); else this.expandedFacets.delete(facet);
        this.renderFacets(state, facets, distinct);
        this.facetBody.querySelector(`[data-more="${facet}"]`)?.focus();
      },
    });
    const active = activeFilters(state);
    this.facetSummary.textContent = active ? `Filter (${active} active)` : 'Filter';
    replaceChildren(this.facetBody, groups,
      groups.some(Boolean) ? null : h('p', { class: 'muted' }, 'No filters for these results.'),
      rangeFieldsets(state, (changes) => { this.typing = false; this.navigate({ ...this.state, ...changes, page: 1 }); }));
  }

  renderEmpty(state, res) {
    const filtered = activeFilters(state) > 0;
    replaceChildren(this.status, h('div', { class: 'empty-state' },
      h('h2', null, state.q ? `No episodes match “${state.q}”` : 'No episodes here'),
      h('ul', null,
        state.q ? h('li', null, 'Check the spelling, or use fewer or more general words.') : null,
        filtered ? h('li', null, h('button', { type: 'button', class: 'link-button', onclick: () => this.clearFilters() }, 'Remove the filters'), ' to search every episode.') : null,
        h('li', null, 'Browse by ', h('a', { href: '/guests' }, 'guest'), ' or ', h('a', { href: '/topics' }, 'topic'), ', or ',
          h('a', { href: '/', 'data-state': '' }, 'list every episode'), '.'))));
  }

  /** A page number past the last (an old link, a hand-edited URL): say so and link the last page. */
  renderBeyondLast(state, res) {
    const last = lastPage(res);
    replaceChildren(this.status, h('div', { class: 'empty-state' },
      h('h2', null, `There is no page ${state.page}`),
      h('p', null, `These results fill ${plural(last, 'page')}. `,
        h('a', { href: urlFromState({ ...state, page: last }), 'data-state': '' }, `Go to page ${last}`), '.')));
  }

  renderError(err) {
    this.count.textContent = 'Search failed';
    replaceChildren(this.results);
    replaceChildren(this.pager);
    replaceChildren(this.notice);
    const message = err.unreachable
      ? 'The podseek server cannot be reached. Check your connection, then try again.'
      : `The search did not work: ${err.message}`;
    replaceChildren(this.status, h('div', { class: 'error-state', role: 'alert' },
      h('h2', null, err.unreachable ? 'Cannot reach the server' : 'Something went wrong'),
      h('p', null, message),
      h('button', { type: 'button', onclick: () => this.runSearch() }, 'Try again')));
  }

  renderPager(state, res) {
    const pages = lastPage(res);
    const current = res.page || state.page;
    if (pages <= 1 || current > pages) { replaceChildren(this.pager); return; }
    const link = (n, label, rel) => h('a', { href: urlFromState({ ...state, page: n }), 'data-state': '', rel }, label);
    replaceChildren(this.pager,
      current > 1 ? link(current - 1, '← Previous', 'prev') : h('span', { class: 'disabled', 'aria-disabled': 'true' }, '← Previous'),
      h('span', { class: 'page-of' }, `Page ${current} of ${pages}`),
      current < pages ? link(current + 1, 'Next →', 'next') : h('span', { class: 'disabled', 'aria-disabled': 'true' }, 'Next →'));
  }

  // ---- suggestions ---------------------------------------------------------------------------

  chooseSuggestion(s) {
    this.suggestions.close();
    if (s.kind === 'episode' && s.episode !== undefined && s.episode !== null) {
      location.assign(episodeHref(s.episode));
    } else if (s.kind === 'guest' || s.kind === 'topic' || s.kind === 'category') {
      // A guest, topic or category becomes a filter; the words typed so far that named it are dropped.
      this.typing = false;
      this.input.value = '';
      const values = this.state[s.kind].filter((v) => v !== s.text).concat([s.text]);
      this.navigate({ ...this.state, q: '', [s.kind]: values, page: 1 }, { push: false });
    } else {
      // A term completes the last word being typed.
      const words = this.input.value.replace(/\S*$/, '');
      this.setQuery(`${words}${s.text}`);
    }
  }

  // ---- keyboard ------------------------------------------------------------------------------

  onInputKey(event) {
    const open = this.suggestions.isOpen();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (this.suggestions.canMoveDown()) this.suggestions.move(1);
      else { this.suggestions.close(); this.focusResult(0); }
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      this.suggestions.move(-1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) this.suggestions.close();
      else if (this.input.value) this.setQuery('');
    }
  }

  resultLinks() { return [...this.results.querySelectorAll('.result-link, .chapter-link')]; }

  focusResult(index) {
    const links = this.resultLinks();
    if (links.length) links[Math.max(0, Math.min(index, links.length - 1))].focus();
  }

  onResultsKey(event) {
    const links = this.resultLinks();
    const i = links.indexOf(document.activeElement);
    if (i < 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (i < links.length - 1) links[i + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (i > 0) links[i - 1].focus(); else this.input.focus();
    } else if (event.key === 'Escape') {
      // Back to the box, query kept: a further Esc there clears it.
      event.preventDefault();
      this.input.focus();
    }
  }
}
