import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { ClamdError, ClamdScan, ScanAborted } from './clamd-client.js';

/** What a fake clamd received: the command, the chunks' sizes and the bytes; null until terminated. */
interface Received {
  command: string;
  chunkSizes: number[];
  bytes: Buffer;
}

/**
 * A fake clamd speaking INSTREAM: it parses the framing strictly and calls `answer` with what it
 * received once the zero-length chunk arrives (or `onBytes` as bytes arrive, to refuse early).
 */
async function fakeClamd(handlers: {
  answer?: (received: Received, socket: Socket) => void;
  onBytes?: (total: number, socket: Socket) => boolean;
  onConnection?: (socket: Socket) => void;
}): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    if (handlers.onConnection) return handlers.onConnection(socket);
    let pending = Buffer.alloc(0);
    let command: string | null = null;
    const chunks: Buffer[] = [];
    let total = 0;
    socket.on('data', (data: Buffer) => {
      pending = Buffer.concat([pending, data]);
      if (command === null) {
        const nul = pending.indexOf(0);
        if (nul < 0) return;
        command = pending.subarray(0, nul).toString();
        pending = pending.subarray(nul + 1);
      }
      while (pending.length >= 4) {
        const length = pending.readUInt32BE(0);
        if (length === 0) {
          const bytes = Buffer.concat(chunks);
          handlers.answer?.({ command, chunkSizes: chunks.map((c) => c.length), bytes }, socket);
          return;
        }
        if (pending.length < 4 + length) return;
        chunks.push(pending.subarray(4, 4 + length));
        total += length;
        pending = pending.subarray(4 + length);
        if (handlers.onBytes?.(total, socket) === false) return;
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

const close = (server: Server) => new Promise((resolve) => server.close(resolve));

describe('ClamdScan (INSTREAM client)', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map(close));
  });
  const options = (port: number, timeoutMs = 2000) => ({ host: '127.0.0.1', port, timeoutMs });

  it('frames every chunk with its 4-byte big-endian length, ends with a zero length, reads "OK"', async () => {
    let received: Received | undefined;
    const { server, port } = await fakeClamd({
      answer: (r, socket) => {
        received = r;
        socket.end('stream: OK\0');
      },
    });
    servers.push(server);
    const parts = [randomBytes(10), randomBytes(70_000), Buffer.alloc(0), randomBytes(3)];
    const scan = new ClamdScan(options(port));
    for (const part of parts) scan.input.write(part);
    scan.input.end();
    await expect(scan.verdict).resolves.toEqual({ infected: false });
    expect(received?.command).toBe('zINSTREAM');
    expect(received?.chunkSizes).toEqual([10, 70_000, 3]); // no zero-length chunk mid-stream
    expect(received?.bytes.equals(Buffer.concat(parts))).toBe(true);
  });

  it('reports the signature clamd found', async () => {
    const { server, port } = await fakeClamd({
      answer: (_r, socket) => socket.end('stream: Eicar-Test-Signature FOUND\0'),
    });
    servers.push(server);
    const scan = new ClamdScan(options(port));
    scan.input.end(Buffer.from('anything'));
    await expect(scan.verdict).resolves.toEqual({
      infected: true,
      signature: 'Eicar-Test-Signature',
    });
  });

  it('a stream over StreamMaxLength: clamd refuses mid-stream and closes → ClamdError', async () => {
    const { server, port } = await fakeClamd({
      onBytes: (total, socket) => {
        if (total <= 100_000) return true;
        socket.end('INSTREAM size limit exceeded. ERROR\0');
        return false;
      },
    });
    servers.push(server);
    const scan = new ClamdScan(options(port), 64 * 1024);
    const writing = (async () => {
      for (let i = 0; i < 64; i++) {
        if (scan.input.destroyed) return;
        if (!scan.input.write(randomBytes(64 * 1024))) {
          await Promise.race([
            new Promise((r) => scan.input.once('drain', r)),
            scan.verdict.catch(() => undefined),
          ]);
        }
      }
      scan.input.end();
    })();
    const error = (await scan.verdict.catch((e: unknown) => e)) as ClamdError;
    expect(error).toBeInstanceOf(ClamdError);
    // Either the reply was read ("size-limit") or the reset came first ("closed"): never a verdict.
    expect(['size-limit', 'closed']).toContain(error.reason);
    scan.abort();
    await writing;
  });

  it('an error reply is an error, not a verdict', async () => {
    const { server, port } = await fakeClamd({
      answer: (_r, socket) => socket.end('lstat() failed: Permission denied. ERROR\0'),
    });
    servers.push(server);
    const scan = new ClamdScan(options(port));
    scan.input.end(Buffer.from('x'));
    await expect(scan.verdict).rejects.toMatchObject({ name: 'ClamdError', reason: 'error' });
  });

  it('clamd not listening → "unreachable"', async () => {
    const { server, port } = await fakeClamd({});
    await close(server);
    const scan = new ClamdScan(options(port));
    scan.input.end(Buffer.from('x'));
    await expect(scan.verdict).rejects.toMatchObject({ name: 'ClamdError', reason: 'unreachable' });
  });

  it('clamd silent after the last chunk → "timeout"', async () => {
    const { server, port } = await fakeClamd({ answer: () => undefined });
    servers.push(server);
    const scan = new ClamdScan(options(port, 200));
    scan.input.end(Buffer.from('x'));
    await expect(scan.verdict).rejects.toMatchObject({ name: 'ClamdError', reason: 'timeout' });
  });

  it('honours back-pressure: a clamd that does not read makes write() return false', async () => {
    const sockets: Socket[] = [];
    const { server, port } = await fakeClamd({
      onConnection: (socket) => {
        socket.pause();
        sockets.push(socket);
      },
    });
    servers.push(server);
    const scan = new ClamdScan(options(port), 1024 * 1024);
    let accepted = 0; // MiB handed over before write() said "wait" and no drain came
    for (; accepted < 256; accepted++) {
      if (scan.input.write(randomBytes(1024 * 1024))) continue;
      const drained = await Promise.race([
        new Promise((r) => scan.input.once('drain', () => r(true))),
        new Promise((r) => setTimeout(() => r(false), 300)),
      ]);
      if (!drained) break;
    }
    // Bounded by the buffers (ours and the kernel's), far below the 256 MiB offered.
    expect(accepted).toBeLessThan(64);
    scan.abort();
    await expect(scan.verdict).rejects.toBeInstanceOf(ScanAborted);
    sockets.forEach((s) => s.destroy());
  });
});
