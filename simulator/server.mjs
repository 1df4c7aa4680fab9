// A small static server for the local console: the built page (dist/simulator), the SLDS
// assets, and the scenario files. Loopback only; no directory listings; no path escapes.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SLDS_ASSETS = join(
    dirname(require.resolve('@salesforce-ux/design-system/package.json')),
    'assets'
);

// npm start's watch loop: the page reloads when a rebuild finishes.
const LIVE_RELOAD =
    "<script>new EventSource('/__events').addEventListener('reload', () => location.reload());</script>";

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2'
};

/** Maps a URL path to a file under one of the served folders, or null. */
function resolveFile(pathname, { distDir }) {
    const mounts = [
        ['/assets/', SLDS_ASSETS],
        ['/scenarios/', join(ROOT, 'simulator/scenarios')],
        ['/', distDir]
    ];
    for (const [prefix, dir] of mounts) {
        if (!pathname.startsWith(prefix)) {
            continue;
        }
        const relative = pathname.slice(prefix.length) || 'index.html';
        const file = normalize(join(dir, relative));
        if (file !== dir && !file.startsWith(dir + sep)) {
            return null;
        }
        try {
            return statSync(file).isFile() ? file : null;
        } catch {
            return null;
        }
    }
    return null;
}

/**
 * Starts the server; resolves with `{ url, port, close(), reload() }`. Port 0 picks a free one.
 * `reload()` tells open pages (via /__events) to reload, for the watch loop of `npm start`.
 */
export function startServer({
    port = 0,
    host = '127.0.0.1',
    distDir = join(ROOT, 'dist/simulator'),
    liveReload = false
} = {}) {
    const listeners = new Set();
    const server = createServer((request, response) => {
        let pathname;
        try {
            pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        } catch {
            response.writeHead(400).end('Bad request');
            return;
        }
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            response.writeHead(405, { Allow: 'GET, HEAD' }).end();
            return;
        }
        if (pathname === '/__events') {
            response.writeHead(200, {
                'Content-Type': 'text/event-stream',
                'Cache-Control': 'no-store',
                Connection: 'keep-alive'
            });
            response.write(': connected\n\n');
            listeners.add(response);
            request.on('close', () => listeners.delete(response));
            return;
        }
        const file = resolveFile(pathname, { distDir });
        if (!file) {
            response
                .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
                .end('Not found');
            return;
        }
        if (liveReload && extname(file) === '.html') {
            const html = readFileSync(file, 'utf8').replace('</body>', `${LIVE_RELOAD}</body>`);
            response.writeHead(200, {
                'Content-Type': TYPES['.html'],
                'Cache-Control': 'no-store'
            });
            response.end(request.method === 'HEAD' ? undefined : html);
            return;
        }
        response.writeHead(200, {
            'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
            'Cache-Control': 'no-store',
            'X-Content-Type-Options': 'nosniff'
        });
        if (request.method === 'HEAD') {
            response.end();
            return;
        }
        createReadStream(file).pipe(response);
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            const { port: actual } = server.address();
            resolve({
                port: actual,
                url: `http://${host}:${actual}/`,
                reload() {
                    for (const listener of listeners) {
                        listener.write('event: reload\ndata: {}\n\n');
                    }
                },
                close() {
                    for (const listener of listeners) {
                        listener.end();
                    }
                    listeners.clear();
                    server.closeAllConnections?.();
                    return new Promise((done) => server.close(() => done()));
                }
            });
        });
    });
}
