// Loading, failure and "not found" states shared by every page but the search (browse, episode,
// podcast, guest).
// Module-level state: none.
import { h, replaceChildren } from './dom.js';

export function showLoading(main, heading) {
  replaceChildren(main, h('h1', null, heading), h('p', { class: 'muted', role: 'status' }, 'Loading…'));
  main.setAttribute('aria-busy', 'true');
}

export function showFailure(main, heading, err) {
  main.removeAttribute('aria-busy');
  const unreachable = err && err.unreachable;
  replaceChildren(main, h('h1', null, heading), h('div', { class: 'error-state', role: 'alert' },
    h('h2', null, unreachable ? 'Cannot reach the server' : 'Something went wrong'),
    h('p', null, unreachable ? 'The podseek server cannot be reached. Check your connection, then reload the page.'
                             : `The page could not be loaded: ${err.message}`),
    h('button', { type: 'button', onclick: () => location.reload() }, 'Reload')));
}

export function showNotFound(main, heading, what) {
  main.removeAttribute('aria-busy');
  document.title = `${heading} – podseek`;
  replaceChildren(main, h('h1', null, heading),
    h('div', { class: 'empty-state' }, h('p', null, `There is no ${what}.`),
      h('p', null, h('a', { href: '/' }, 'Search every episode'), ' or ', h('a', { href: '/guests' }, 'browse the guests'), '.')));
}

/** The page number of ?page=N in the address, 1 when absent or not a positive whole number. */
export function pageFromUrl() {
  const n = Number.parseInt(new URLSearchParams(location.search).get('page') || '1', 10);
  return Number.isFinite(n) && n > 1 ? n : 1;
}
