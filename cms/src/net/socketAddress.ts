import { Server, type IncomingMessage } from 'node:http';

/**
 * Next 16 gives route handlers no socket: its server only sets `X-Forwarded-For` to the socket
 * address when the request has none (`??=` in next/dist/server/base-server.js), so a visitor who
 * sends the header himself decides what the handler sees. To know the real peer, the CMS process
 * writes it into a header of its own on every request before Next reads the headers, replacing
 * whatever a client sent under that name.
 */
export const socketAddressHeader = 'x-catalog-socket-address';

const installed = Symbol.for('catalog.socketAddressHeader');

type Flagged = typeof globalThis & { [installed]?: boolean };

/** Route handlers read the header only when this process writes it (it is the client's otherwise). */
export function socketAddressesRecorded(): boolean {
  return (globalThis as Flagged)[installed] === true;
}

/** Called once at start (instrumentation.ts), in the process that runs the HTTP server. */
export function recordSocketAddresses(): void {
  const flagged = globalThis as Flagged;
  if (flagged[installed]) return;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as IncomingMessage;
      req.headers[socketAddressHeader] = req.socket.remoteAddress ?? '';
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  flagged[installed] = true;
}
