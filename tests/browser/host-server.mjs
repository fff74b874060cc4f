// Serves a page that embeds the podseek search box, on two loopback ports: run.sh allows the first
// origin with --allow-origin and not the second. GET /?server=http://127.0.0.1:PORT builds the page;
// &limit=N and &label=TEXT add data-limit and data-label to its script tag; &narrow puts the box in a
// narrow column at the right, as in a site's header.
import http from 'node:http';

// limit and label have passed digits() and words() below: nothing in them needs escaping.
function page(server, { limit, label, narrow } = {}) {
  const origin = new URL(server).origin;
  const extra = (limit ? ` data-limit="${limit}"` : '') + (label ? ` data-label="${label}"` : '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A host site</title>
<link rel="stylesheet" href="/host.css">
</head>
<body>
<header><h1>Someone's blog</h1></header>
<main>
<p class="intro">Search the podcast from here:</p>
<div id="search"${narrow ? ' class="narrow"' : ''}></div>
<p>More of the host page. Host styles such as <a href="#">this red link</a> must not leak into the box.</p>
</main>
<script src="${origin}/embed.js" data-target="#search" data-placeholder="Search netstack.fm"${extra}></script>
</body>
</html>
`;
}

const CSS = `body { font-family: Georgia, serif; margin: 2rem; max-width: 40rem; }
a { color: rgb(255, 0, 0) !important; }
input { background: rgb(0, 0, 0); }
#search { --podseek-accent: rgb(0, 128, 0); --podseek-radius: 2px; margin: 1rem 0 12rem; }
#search.narrow { width: 9rem; margin-left: auto; }
`;

function handler(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/host.css') {
    res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
    res.end(CSS);
    return;
  }
  if (url.pathname === '/favicon.ico') { res.writeHead(204); res.end(); return; }
  const server = url.searchParams.get('server');
  if (url.pathname !== '/' || !server) { res.writeHead(404); res.end('not found'); return; }
  const origin = new URL(server).origin;
  // A strict host CSP: the embed must work without inline scripts or inline styles.
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `default-src 'none'; script-src ${origin}; connect-src ${origin}; style-src 'self'; img-src 'self' http://127.0.0.1:*`,
  });
  res.end(page(server, { limit: digits(url.searchParams.get('limit')), label: words(url.searchParams.get('label')), narrow: url.searchParams.has('narrow') }));
}

const digits = (v) => (v && /^[0-9]{1,2}$/.test(v) ? v : '');
const words = (v) => (v && /^[A-Za-z ]{1,40}$/.test(v) ? v : '');

function listen() {
  return new Promise((resolve) => {
    const s = http.createServer(handler);
    s.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${s.address().port}`));
  });
}

const allowed = await listen();
const other = await listen();
console.log(`allowed ${allowed} other ${other}`);
