// What both hosts send with the built renderer's files: the Electron app:// protocol
// (electron/main/app-protocol.ts) and the browser host (electron/browser-host/server.ts).
// Here, in neither host, so each host imports only shared code and its own.

/** No remote origin, no eval; images may be data: URLs (chart exports), fonts self-hosted. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Content types of the files a renderer build holds, by lower-case extension. */
export const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The content type of a file by its name's extension; unknown files are plain bytes. */
export function mimeType(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return (dot > 0 && mimeTypes[name.slice(dot).toLowerCase()]) || 'application/octet-stream';
}
