// The filters of the search page: a group of checkboxes per facet (values with their counts, long
// lists folded until "Show all"), and the chips of the active filters. Both are built from the
// state and the API's counts; what a click does is the caller's (the `on…` callbacks).
// Module-level state: none.
import { h } from './dom.js';
import { facetValueLabel, facetWorthShowing } from './facet_labels.js';
import { rangeChips } from './range_filters.js';
import { FACETS } from './search-state.js';

const FACET_PREVIEW = 6; // values shown per facet before "Show all"

function facetCheckbox(facet, value, count, index, checked, onToggle) {
  const id = `facet-${facet}-${index}`;
  return h('li', null,
    h('input', { type: 'checkbox', id, checked, 'data-facet': facet, 'data-value': value,
                 onchange: (e) => onToggle(facet, value, e.target.checked) }),
    h('label', { for: id }, h('span', { class: 'facet-value', dir: 'auto' }, facetValueLabel(facet, value)), h('span', { class: 'facet-count' }, String(count))));
}

/** The values of a facet with their counts; chosen values stay listed (and checked) even when the
 *  other filters leave them no episodes. */
function facetCounts(state, facet, listed) {
  const counts = new Map((listed || []).map((f) => [f.value, f.count]));
  for (const chosen of state[facet]) if (!counts.has(chosen)) counts.set(chosen, 0);
  return counts;
}

/** One facet's fieldset, or null when it is not worth showing.
 *  expanded: the user asked for the whole list; onShowAll(facet, expand) folds or unfolds it. */
function facetGroup(state, facet, heading, listed, distinctCount, { expanded, onToggle, onShowAll }) {
  const counts = facetCounts(state, facet, listed);
  if (!facetWorthShowing(facet, counts.size, state[facet].length)) return null;
  const foldable = counts.size > FACET_PREVIEW + 1;
  const collapsed = foldable && !expanded;
  const items = [...counts].map(([value, count], i) => {
    const checked = state[facet].includes(value);
    if (collapsed && i >= FACET_PREVIEW && !checked) return null;
    return facetCheckbox(facet, value, count, i, checked, onToggle);
  });
  const toggle = foldable ? h('button', {
    type: 'button', class: 'link-button facet-more', 'aria-expanded': String(!collapsed), 'data-more': facet,
    onclick: () => onShowAll(facet, collapsed),
  }, collapsed ? `Show all ${counts.size}` : 'Show fewer') : null;
  // The server lists the most frequent values only; say how many more there are.
  const unlisted = (distinctCount || 0) - (listed || []).length;
  const more = unlisted > 0 && !collapsed
    ? h('p', { class: 'muted facet-unlisted' }, `${unlisted.toLocaleString('en')} more: search to narrow them down`) : null;
  return h('fieldset', { class: 'facet' }, h('legend', null, heading), h('ul', null, items), toggle, more);
}

/** Every facet's group (null where one is not shown), in FACETS order.
 *  facets: the API's `facets`; distinct: its `facet_values`; expandedFacets: a Set of facet names. */
export function facetGroups(state, facets, distinct, { expandedFacets, onToggle, onShowAll }) {
  return FACETS.map(([facet, heading]) => facetGroup(state, facet, heading, facets[facet], distinct[facet],
    { expanded: expandedFacets.has(facet), onToggle, onShowAll }));
}

/** A removable chip per active filter, and "Clear all" when there are two or more.
 *  onRemoveFacet(facet, value), onRemoveRange(name), onClearAll(). */
export function filterChips(state, { onRemoveFacet, onRemoveRange, onClearAll }) {
  const chips = [];
  for (const [facet, , label] of FACETS) {
    for (const value of state[facet]) {
      chips.push(h('li', null, h('button', {
        type: 'button', class: 'chip', 'aria-label': `Remove filter ${label}: ${facetValueLabel(facet, value)}`,
        onclick: () => onRemoveFacet(facet, value),
      }, h('span', { class: 'chip-facet' }, `${label}:`), ' ', h('span', { dir: 'auto' }, facetValueLabel(facet, value)), ' ', h('span', { 'aria-hidden': 'true', class: 'chip-x' }, '×'))));
    }
  }
  chips.push(...rangeChips(state, onRemoveRange));
  if (chips.length > 1) {
    chips.push(h('li', null, h('button', { type: 'button', class: 'chip chip-clear', onclick: onClearAll }, 'Clear all')));
  }
  return chips;
}
