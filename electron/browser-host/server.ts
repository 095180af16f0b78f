import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createCore, type Core } from '../core/dispatch';
import { createThreadedCore } from '../core/worker/threaded-core';
import type { PlanEvent } from '../../shared/contract/channels';
import { contentSecurityPolicy, mimeType } from '../../shared/security/content';

/**
 * The browser host: the same core and handler table as Electron, served over HTTP on
 * 127.0.0.1 only, with a random per-start token. How the product runs in a plain Chromium
 * (end-to-end tests, previews) where the Electron binary is not available.
 */
export interface BrowserHostOptions {
  port?: number;
  userDataDir: string;
  documentsDir: string;
  rendererDir: string;
  /** The core's worker (out/main/core-worker.js): the core then runs off the server's thread. */
  workerPath?: string;
  log?: (message: string, error?: unknown) => void;
}

export interface BrowserHost {
  url: string;
  token: string;
  core: Pick<Core, 'dispatch'>;
  close(): Promise<void>;
}

export const MAX_BODY = 16 * 1024 * 1024;

/** Thrown by readBody for a body over MAX_BODY: answered with 413 and a message. */
class TooLarge extends Error {}
/** Past this a too-large body is no longer drained for a clean 413, the socket is closed. */
const MAX_DRAIN = 16 * MAX_BODY;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Read on to the end without keeping it, so the client gets the 413 and not a reset.
      if (size > MAX_BODY) chunks.length = 0;
      else chunks.push(c);
      if (size > MAX_DRAIN) req.destroy();
    });
    req.on('end', () => (size > MAX_BODY ? reject(new TooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = randomBytes(24).toString('hex');
  const tokenBytes = Buffer.from(token);
  const listeners = new Set<http.ServerResponse>();
  const log = options.log ?? ((m: string, e?: unknown) => console.error(m, e ?? ''));
  const coreOptions = {
    userDataDir: options.userDataDir,
    documentsDir: options.documentsDir,
    emit: (event: PlanEvent) => {
      for (const res of listeners) res.write(`data: ${JSON.stringify(event)}\n\n`);
    },
    log,
  };
  // In worker threads when built (the server stays free to answer); in-process otherwise.
  const core = options.workerPath ? createThreadedCore({ ...coreOptions, workerPath: options.workerPath }) : createCore(coreOptions);
  const rendererDir = path.resolve(options.rendererDir);
  let expectedHost = '';

  const authorised = (presented: string | null | undefined) => {
    const b = Buffer.from(presented ?? '');
    return b.length === tokenBytes.length && timingSafeEqual(b, tokenBytes);
  };

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      log('browser host request failed', e);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    // Only this address: refuses DNS-rebinding pages that point another name at 127.0.0.1.
    if (req.headers.host !== expectedHost) return void res.writeHead(421).end();
    const url = new URL(req.url ?? '/', `http://${expectedHost}`);

    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') return void res.writeHead(405).end();
      const origin = req.headers.origin;
      if (origin && origin !== `http://${expectedHost}`) return void res.writeHead(403).end();
      if (!authorised(req.headers.authorization?.replace(/^Bearer /, ''))) return void res.writeHead(401).end();
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body ? JSON.parse(body) : {};
      } catch (e) {
        if (e instanceof TooLarge) {
          res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8' });
          return void res.end(`The request is larger than ${MAX_BODY / 1024 / 1024} MB, the most S3 Planner's browser host accepts. Nothing was changed.\n`);
        }
        return void res.writeHead(400).end();
      }
      // Each tab names itself, so its undo history is its own.
      const client = req.headers['x-s3-client'];
      const reply = await core.dispatch(decodeURIComponent(url.pathname.slice(5)), input, {
        client: typeof client === 'string' && /^[\w-]{1,64}$/.test(client) ? `tab-${client}` : 'tab',
      });
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return void res.end(JSON.stringify(reply));
    }

    if (url.pathname === '/events') {
      if (!authorised(url.searchParams.get('token'))) return void res.writeHead(401).end();
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(rendererDir, rel);
    if (!file.startsWith(rendererDir + path.sep)) return void res.writeHead(404).end();
    fs.readFile(file, (err, data) => {
      if (err) return void res.writeHead(404).end();
      res.writeHead(200, {
        'content-type': mimeType(file),
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  expectedHost = `127.0.0.1:${port}`;
  return {
    // The token travels in the fragment, which the browser never sends to a server.
    url: `http://${expectedHost}/#token=${token}`,
    token,
    core,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of listeners) res.end();
        listeners.clear();
        void Promise.resolve(core.close()).then(() => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      }),
  };
}
