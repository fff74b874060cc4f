// The date and length filters of the search page: published_after / published_before (YYYY-MM-DD)
// and min_duration / max_duration (whole minutes), kept in the URL like the facets. The server
// checks every value (a bad one comes back as the page's error notice). Module-level state: none.
import { h } from './dom.js';

// [API parameter, label, input type]
const RANGES = [
  ['published_after', 'From', 'date'], ['published_before', 'Until', 'date'],
  ['min_duration', 'At least (min)', 'number'], ['max_duration', 'At most (min)', 'number'],
];

/** The range filters of a URL's query string: {published_after: '2024-07-01', …}, '' when absent. */
export function rangesFromParams(params) {
  return Object.fromEntries(RANGES.map(([name]) => [name, params.get(name) || '']));
}

/** Every range filter unset, to clear them all. */
export const NO_RANGES = rangesFromParams(new URLSearchParams());

/** Adds the state's range filters that are set to URLSearchParams. */
export function appendRanges(params, state) {
  for (const [name] of RANGES) if (state[name]) params.set(name, state[name]);
}

/** How many range filters the state sets. */
export function activeRanges(state) {
  return RANGES.filter(([name]) => state[name]).length;
}

/** A removable chip for each range filter set, like the facets' chips; onRemove(name) removes one. */
export function rangeChips(state, onRemove) {
  return RANGES.filter(([name]) => state[name]).map(([name, label]) => h('li', null, h('button', {
    type: 'button', class: 'chip', 'aria-label': `Remove filter ${label}: ${state[name]}`, onclick: () => onRemove(name),
  }, h('span', { class: 'chip-facet' }, `${label}:`), ` ${state[name]} `, h('span', { 'aria-hidden': 'true', class: 'chip-x' }, '×'))));
}

/** The "Published" and "Length" fields; onChange({name: value}) when one is changed. */
export function rangeFieldsets(state, onChange) {
  const field = ([name, label, type]) => h('li', null,
    h('label', { for: `range-${name}` }, label),
    h('input', { id: `range-${name}`, name, type, value: state[name] || null, min: type === 'number' ? '0' : null,
                 step: type === 'number' ? '1' : null, 'data-range': name,
                 onchange: (e) => onChange({ [name]: e.target.value.trim() }) }));
  return [
    h('fieldset', { class: 'facet range-filter' }, h('legend', null, 'Published'), h('ul', null, RANGES.slice(0, 2).map(field))),
    h('fieldset', { class: 'facet range-filter' }, h('legend', null, 'Length'), h('ul', null, RANGES.slice(2).map(field))),
  ];
}
