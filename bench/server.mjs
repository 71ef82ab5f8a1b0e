// A static server for the benchmark, on 127.0.0.1 only. It serves SITE_DIR like a static
// host serves dist/: a folder URL gets its index.html, a precompressed .br or .gz copy is
// sent when the browser accepts it (Content-Encoding and the original's Content-Type), and
// an unknown path gets 404.html with status 404. Extra mounts put other folders under a
// prefix: /__snapshot/ and /__mdbook/ for the baselines, /data/ and /site/ for a synthetic corpus.
// Hashed file names and fonts are cached for good; everything else revalidates by ETag.
//
//   node bench/server.mjs PORT SITE_DIR [PREFIX=DIR ...]
// Prints "listening PORT" once it accepts connections.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const [portArg, siteDir, ...mountArgs] = process.argv.slice(2);
if (!portArg || !siteDir) {
  console.error('usage: node bench/server.mjs PORT SITE_DIR [PREFIX=DIR ...]');
  process.exit(2);
}
// Longest prefix first, so /data/ wins over /.
const mounts = mountArgs
  .map((m) => {
    const [prefix, dir] = m.split('=');
    return { prefix, dir: path.resolve(dir) };
  })
  .concat([{ prefix: '/', dir: path.resolve(siteDir) }])
  .sort((a, b) => b.prefix.length - a.prefix.length);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.epub': 'application/epub+zip',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

const isFile = (p) => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

// The file a URL path names under its mount, or null.
function resolve(urlPath) {
  const mount = mounts.find((m) => urlPath.startsWith(m.prefix) || `${urlPath}/` === m.prefix);
  const rest = decodeURIComponent(urlPath.slice(Math.min(mount.prefix.length, urlPath.length)));
  const file = path.join(mount.dir, rest);
  if (!file.startsWith(mount.dir)) return null;
  if (isFile(file)) return file;
  const index = path.join(file, 'index.html');
  return isFile(index) ? index : null;
}

const IMMUTABLE = /-[0-9a-f]{8,}(_bg)?(\.min)?\.(js|wasm|css|svg|png)$|\/fonts\/[^/]+\.woff2$/;

function send(req, res, file, status, urlPath) {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const headers = {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': IMMUTABLE.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  let body = file;
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (new RegExp(`\\b${encoding}\\b`).test(accepted) && isFile(file + ext)) {
      headers['Content-Encoding'] = encoding;
      body = file + ext;
      break;
    }
  }
  // Revalidation as on a static host: a weak ETag from size and modification time.
  const stat = fs.statSync(body);
  headers.ETag = `W/"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
  if (status === 200 && req.headers['if-none-match'] === headers.ETag) {
    res.writeHead(304, headers);
    return res.end();
  }
  headers['Content-Length'] = stat.size;
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(body).pipe(res);
}

const notFound = path.join(path.resolve(siteDir), '404.html');
const server = http.createServer((req, res) => {
  const urlPath = new URL(req.url, 'http://127.0.0.1').pathname;
  const file = resolve(urlPath);
  if (file) return send(req, res, file, 200, urlPath);
  if (isFile(notFound)) return send(req, res, notFound, 404, urlPath);
  res.writeHead(404).end('not found');
});
server.listen(Number(portArg), '127.0.0.1', () => console.log(`listening ${server.address().port}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
