// The site's identity from GET /api/site (the server's options, or the index: the podcast's own
// title and example queries drawn from it): the header's name and logo, the accent colour, the
// examples under the search box. Module state: the one request, shared by every caller.
import * as api from './api.js';
import { h, replaceChildren } from './dom.js';

// What the page shows when the server cannot say: the product's name and no examples.
const FALLBACK = { title: 'podseek', accent: null, logo: null, examples: [] };
let identity = null;

/** Resolves to the identity (the fallback when the request fails); asks the server once. */
export function siteIdentity() {
  if (!identity) identity = api.site().then((s) => ({ ...FALLBACK, ...s }), () => FALLBACK);
  return identity;
}

/** The name the page goes by, for document titles: "QUIC – Packets & People". */
export function titled(part, site) {
  return part ? `${part} – ${site.title}` : site.title;
}

/** Puts the identity on the page: the brand link's name and logo, and the accent colour. */
export function applyIdentity(site) {
  const brand = document.querySelector('.brand');
  if (brand) {
    const mark = site.logo
      ? h('img', { class: 'brand-logo', src: site.logo, alt: '', width: '28', height: '28' })
      : h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◉');
    replaceChildren(brand, mark, h('span', { class: 'brand-name' }, site.title));
  }
  // A custom property set through the CSSOM, which the CSP allows (no style="" attribute);
  // site.css derives the darker and the soft shades from it.
  if (site.accent) document.documentElement.style.setProperty('--accent', site.accent);
}
