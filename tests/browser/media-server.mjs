// Serves the audio and artwork of the browser tests' second podcast (tests/fixtures/browser/)
// from a folder on 127.0.0.1, with byte ranges, as podcast hosts do: the browser's <audio> needs
// them to seek. Prints "media http://127.0.0.1:PORT" when listening.
//   node media-server.mjs FOLDER
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const root = process.argv[2];
const TYPES = { '.wav': 'audio/wav', '.svg': 'image/svg+xml' };

function handler(req, res) {
  const name = path.basename(new URL(req.url, 'http://localhost').pathname);
  const file = path.join(root, name);
  const type = TYPES[path.extname(name)];
  if (!type || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
  const size = fs.statSync(file).size;
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range || '');
  if (!range) {
    res.writeHead(200, { 'content-type': type, 'content-length': size, 'accept-ranges': 'bytes' });
    fs.createReadStream(file).pipe(res);
    return;
  }
  const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
  const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
  if (start > end || start >= size) { res.writeHead(416, { 'content-range': `bytes */${size}` }); res.end(); return; }
  res.writeHead(206, {
    'content-type': type, 'content-length': end - start + 1, 'accept-ranges': 'bytes',
    'content-range': `bytes ${start}-${end}/${size}`,
  });
  fs.createReadStream(file, { start, end }).pipe(res);
}

const server = http.createServer(handler);
server.listen(0, '127.0.0.1', () => console.log(`media http://127.0.0.1:${server.address().port}`));
