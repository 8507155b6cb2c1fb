import { connect, type Socket } from 'node:net';
import { Transform } from 'node:stream';

export interface ClamdOptions {
  host: string;
  port: number;
  /** Longest wait for the connection, and for the verdict once the last byte is sent. */
  timeoutMs: number;
}

export type ScanVerdict = { infected: false } | { infected: true; signature: string };

/** clamd could not give a verdict: unreachable, timed out, refused the stream or answered an error. */
export class ClamdError extends Error {
  override name = 'ClamdError';
  constructor(
    message: string,
    readonly reason: 'unreachable' | 'timeout' | 'size-limit' | 'closed' | 'error',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The scan was cancelled by its caller (the upload failed for another reason). */
export class ScanAborted extends Error {
  override name = 'ScanAborted';
}

/**
 * One INSTREAM scan on its own TCP connection to clamd. Bytes written to `input` are framed as
 * clamd expects (4-byte big-endian length, then the chunk; a zero length ends the stream) and sent
 * as they come: nothing is held but the chunk in flight, so memory is bounded by `input`'s buffer
 * whatever the file's size, and `write()` returning false is the back-pressure to honour.
 * `verdict` settles once clamd answers after the last chunk, or as soon as the connection fails
 * (clamd answers "INSTREAM size limit exceeded" and closes when the file passes StreamMaxLength).
 */
export class ClamdScan {
  readonly input: Transform;
  readonly verdict: Promise<ScanVerdict>;
  private readonly socket: Socket;
  private abortScan: (error: Error) => void = () => undefined;

  constructor(options: ClamdOptions, highWaterMark = 1024 * 1024) {
    this.input = new Transform({
      writableHighWaterMark: highWaterMark,
      readableHighWaterMark: highWaterMark,
      transform(chunk: Buffer, _encoding, done) {
        if (chunk.length === 0) return done(); // a zero length would end the stream early
        const length = Buffer.alloc(4);
        length.writeUInt32BE(chunk.length);
        this.push(length);
        done(null, chunk);
      },
      flush(done) {
        done(null, Buffer.alloc(4));
      },
    });
    this.socket = connect({ host: options.host, port: options.port });
    this.socket.write('zINSTREAM\0');
    // Not ended after the terminator: clamd answers on the open connection, then closes it.
    this.input.pipe(this.socket, { end: false });

    this.verdict = new Promise<ScanVerdict>((resolve, reject) => {
      const replies: Buffer[] = [];
      const connecting = setTimeout(() => fail(timeout('connecting to')), options.timeoutMs);
      let answering: NodeJS.Timeout | undefined;
      const settle = (outcome: () => void) => {
        clearTimeout(connecting);
        clearTimeout(answering);
        this.abortScan = () => undefined;
        this.socket.destroy();
        outcome();
      };
      const fail = (error: Error) => settle(() => reject(error));
      const timeout = (what: string) =>
        new ClamdError(`timed out ${what} clamd after ${options.timeoutMs} ms`, 'timeout');
      this.abortScan = fail;

      let connected = false;
      this.socket.once('connect', () => {
        connected = true;
        clearTimeout(connecting);
      });
      // No limit while the file arrives (the uploader sets the pace); then clamd has timeoutMs.
      this.input.once('end', () => {
        answering = setTimeout(
          () => fail(timeout('waiting for the verdict of')),
          options.timeoutMs,
        );
      });
      this.socket.on('data', (chunk: Buffer) => replies.push(chunk));
      this.socket.once('end', () => settle(() => parse(Buffer.concat(replies), resolve, reject)));
      this.socket.on('error', (error) => {
        // A reply may have come before the reset (clamd closes right after refusing a stream).
        const reply = Buffer.concat(replies);
        if (reply.length > 0) return settle(() => parse(reply, resolve, reject));
        const code = (error as NodeJS.ErrnoException).code;
        // Reset mid-stream with no reply read: usually StreamMaxLength (clamd's refusal lost in
        // the race with our next write), or clamd restarting. Either way, no verdict.
        fail(
          new ClamdError(
            connected
              ? `clamd closed the connection during the scan (${code ?? error.message}): file over its StreamMaxLength, or clamd restarting`
              : `clamd unreachable at ${options.host}:${options.port} (${code ?? error.message})`,
            connected ? 'closed' : 'unreachable',
            { cause: error },
          ),
        );
      });
    });
    // The caller may abort and never await the verdict: that rejection is expected.
    this.verdict.catch(() => undefined);
  }

  /** Stops the scan (closes the connection); `verdict` rejects with ScanAborted. */
  abort(): void {
    this.abortScan(new ScanAborted('scan aborted'));
    this.input.unpipe(this.socket);
    this.input.destroy();
  }
}

/** clamd's replies: "stream: OK", "stream: <signature> FOUND", "<message> ERROR" (NUL-terminated). */
function parse(
  raw: Buffer,
  resolve: (verdict: ScanVerdict) => void,
  reject: (error: Error) => void,
): void {
  const reply = raw.toString('utf8').replace(/\0/g, '').trim();
  const found = /^stream: (.+) FOUND$/.exec(reply);
  if (reply === 'stream: OK') resolve({ infected: false });
  else if (found) resolve({ infected: true, signature: found[1]! });
  else if (/size limit exceeded/i.test(reply)) {
    reject(new ClamdError(`clamd refused the stream: ${reply} (StreamMaxLength)`, 'size-limit'));
  } else reject(new ClamdError(`clamd answered: ${reply || '(nothing)'}`, 'error'));
}
