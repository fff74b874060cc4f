// Bundles web/embed/main.js and what it imports (web/embed/*.js, web/js/dom.js, web/js/api.js) into
// web/embed.js: one classic script (an IIFE, no import/export), as a site includes it with one
// <script> tag. The output depends only on the sources and the esbuild version pinned in
// package-lock.json (no minifying, no source map, paths relative to the repository).
//
//   node generate.mjs            writes web/embed.js
//   node generate.mjs --out F    writes F instead (the freshness test writes to a temporary file)
//
// Run it through generate.sh, which installs esbuild first and can check that web/embed.js is current.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const BANNER = `/*
 * podseek embeddable search box. GENERATED FILE, do not edit: it is web/embed/*.js and the
 * web/js/ modules they import, bundled by esbuild. After changing those, regenerate with
 *   scripts/embed-js/generate.sh
 * and commit both (ctest "web: embed.js is what its modules generate" fails while they differ).
 *
 *   <div id="search"></div>
 *   <script src="https://SERVER/embed.js" data-target="#search"></script>
 *
 * Options (data-placeholder, data-label, data-limit), theming (--podseek-* custom properties,
 * ::part(input), ::part(dropdown), ::part(result)) and --allow-origin: see web/README.md.
 */
"use strict";`;

function outputPath(argv) {
  const i = argv.indexOf('--out');
  if (i < 0) return path.join(ROOT, 'web/embed.js');
  if (!argv[i + 1]) throw new Error('--out needs a file name');
  return path.resolve(argv[i + 1]);
}

async function bundle() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['web/embed/main.js'],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    legalComments: 'none',
    banner: { js: BANNER },
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  // An IIFE bundle has none; a line starting with import/export would be a syntax error in a classic script.
  const leftover = code.match(/^\s*(import|export)\b.*$/m);
  if (leftover) throw new Error(`the bundle still has a module statement: ${leftover[0]}`);
  return code;
}

const out = outputPath(process.argv.slice(2));
await writeFile(out, await bundle());
console.log(`wrote ${out}`);
