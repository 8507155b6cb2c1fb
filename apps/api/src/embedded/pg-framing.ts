import type { Socket } from 'node:net';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Message types a PostgreSQL 3.0 client may send once started. */
const FRONTEND_TYPES = new Set([...'BCcdDEFfHPpQSX'].map((c) => c.charCodeAt(0)));
const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
/** PostgreSQL's own limits: a startup packet, and any message (MaxAllocSize). */
const MAX_STARTUP = 10_000;
const MAX_MESSAGE = 1024 ** 3 - 1;

/**
 * Follows the framing of a client's byte stream (lengths and message types only, never contents).
 * pglite-socket 0.2.17 hands PGlite whatever a length field implies, negative lengths included,
 * and one such message blocks the event loop for good; pg never sends one.
 */
export class FrontendFraming {
  private starting = true;
  private header = Buffer.alloc(0);
  private bodyLeft = 0;

  /** False once the stream is malformed; the connection must then be dropped. */
  accept(chunk: Buffer): boolean {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, chunk.length - offset);
        this.bodyLeft -= n;
        offset += n;
        continue;
      }
      const size = this.starting ? 8 : 5;
      const n = Math.min(size - this.header.length, chunk.length - offset);
      this.header = Buffer.concat([this.header, chunk.subarray(offset, offset + n)]);
      offset += n;
      if (this.header.length < size) break;
      const ok = this.starting ? this.startupHeader() : this.messageHeader();
      this.header = Buffer.alloc(0);
      if (!ok) return false;
    }
    return true;
  }

  private startupHeader(): boolean {
    const length = this.header.readInt32BE(0);
    const code = this.header.readInt32BE(4);
    // An SSL request is answered "N" and followed by the startup message; a cancel ends the stream.
    if (code === SSL_REQUEST) return length === 8;
    if (code === CANCEL_REQUEST) {
      this.bodyLeft = 8;
      return length === 16;
    }
    if (code !== PROTOCOL_3 || length <= 8 || length > MAX_STARTUP) return false;
    this.bodyLeft = length - 8;
    this.starting = false;
    return true;
  }

  private messageHeader(): boolean {
    const length = this.header.readInt32BE(1);
    if (!FRONTEND_TYPES.has(this.header[0]!) || length < 4 || length > MAX_MESSAGE) return false;
    this.bodyLeft = length - 4;
    return true;
  }
}

/** Drops a connection to `server` at the first malformed frame, before PGlite sees it. */
export function guardFraming(server: PGLiteSocketServer): void {
  // Its (private) per-connection entry point, looked up on the instance for each connection.
  const target = server as unknown as { handleConnection(socket: Socket): Promise<void> };
  const handle = target.handleConnection.bind(server);
  target.handleConnection = (socket) => {
    const framing = new FrontendFraming();
    const emit = socket.emit.bind(socket);
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event === 'data' && !framing.accept(args[0] as Buffer)) {
        socket.destroy();
        return false;
      }
      return emit(event, ...args);
    }) as typeof socket.emit;
    return handle(socket);
  };
}
