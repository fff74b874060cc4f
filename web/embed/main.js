// The entry of embed.js (scripts/embed-js/generate.sh bundles it, with what it imports, into one
// classic script). Reads the options from its own <script> tag and mounts one search box:
//
//   <div id="search"></div>
//   <script src="https://SERVER/embed.js" data-target="#search"></script>
//
// Optional attributes: data-placeholder, data-label (the visually hidden label), data-limit (results
// shown, 1-10, default 5). The API origin is the script's own, so the server must list the host
// page's origin with --allow-origin. Theming: --podseek-* custom properties and ::part(input),
// ::part(dropdown), ::part(result) (see web/README.md). Module state: none beyond the options read once.
import { thisScript } from './this-script.js'; // first: it must run while the script tag is current
import { mountSearchBox } from './search-box.js';

function readOptions(tag) {
  const limit = Number.parseInt(tag.dataset.limit || '5', 10) || 5;
  return {
    origin: new URL(tag.src, location.href).origin,
    limit: Math.max(1, Math.min(10, limit)),
    placeholder: tag.dataset.placeholder || 'Search podcast episodes…',
    label: tag.dataset.label || 'Search podcast episodes',
  };
}

function targetOf(tag) {
  const selector = tag.dataset.target;
  const found = selector ? document.querySelector(selector) : null;
  if (found) return found;
  const host = document.createElement('div');
  tag.parentNode.insertBefore(host, tag.nextSibling);
  return host;
}

function start(tag, options) {
  const host = targetOf(tag);
  if (host.dataset.podseekMounted) return;
  host.dataset.podseekMounted = '1';
  mountSearchBox(host, options);
}

// Loaded as a module there is no script tag to anchor to: do nothing.
if (thisScript) {
  const options = readOptions(thisScript);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => start(thisScript, options));
  else start(thisScript, options);
}
