// @ts-check
/**
 * Serves the built renderer (`dist/`) on a loopback port without opening anything:
 * `node electron/launcher/serve-dist.mjs --port 4311`. The end-to-end tests start it as their web server.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const { values } = parseArgs({ options: { port: { type: 'string' }, root: { type: 'string' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error('Usage: node electron/launcher/serve-dist.mjs --port <port> [--root <folder>]');
  process.exit(2);
}
const root = values.root ?? path.join(fileURLToPath(new URL('../..', import.meta.url)), 'dist');

try {
  const server = await startStaticServer({ root, port });
  console.log(`Serving ${root} at ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
  console.error(inUse ? `Port ${port} on 127.0.0.1 is already in use.` : String(error));
  process.exit(1);
}
