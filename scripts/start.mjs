// npm start: builds the local console, serves it on http://127.0.0.1:$PORT/ (default 4173) and
// rebuilds on every change under force-app and simulator; open pages reload after each build.
// `npm start -- --no-watch` builds and serves once.
import { buildSimulator, describeBuild, watchSimulator } from './build-simulator.mjs';
import { startServer } from '../simulator/server.mjs';

const DEFAULT_PORT = 4173;
const port = process.env.PORT === undefined ? DEFAULT_PORT : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (0-65535), not "${process.env.PORT}".`);
    process.exit(1);
}
const watchMode = !process.argv.includes('--no-watch');

let server = null;
let watcher = null;

function fail(error) {
    console.error(
        error?.code === 'EADDRINUSE'
            ? `Port ${port} is in use: set PORT to another one.`
            : (error?.message ?? error)
    );
    process.exit(1);
}

/** Serves once the first build is there, so the first page load never meets a missing bundle. */
async function serve() {
    server = await startServer({ port, liveReload: watchMode });
    console.log(`Voice Console Kit local console: ${server.url}`);
}

if (watchMode) {
    watcher = watchSimulator({
        onBuilt(result) {
            console.log(describeBuild(result));
            if (server) {
                server.reload();
                return;
            }
            serve().then(
                () => console.log('Watching force-app and simulator for changes (Ctrl+C to stop).'),
                fail
            );
        },
        onError(error) {
            // The first build must succeed; later ones keep serving the last good bundle.
            if (!server) {
                fail(error);
            }
            console.error(`Build failed: ${error.message ?? error}`);
        }
    });
} else {
    try {
        console.log(describeBuild(await buildSimulator()));
        await serve();
    } catch (error) {
        fail(error);
    }
}

async function stop() {
    await watcher?.close();
    await server?.close();
    process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
