import { chmod, mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Longest Unix socket path Linux accepts (sun_path is 108 bytes with its NUL). */
const MAX_SOCKET_PATH = 107;

/**
 * The directory of the embedded services' Unix sockets: only this process's user may enter it,
 * which is the whole access control of the embedded PostgreSQL and S3 (neither checks
 * credentials). A directory someone else owns is refused rather than used.
 */
export async function privateRunDir(path: string): Promise<string> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  const found = await stat(path);
  if (found.uid !== process.getuid?.()) {
    throw new Error(`${path} belongs to another user: the embedded services cannot use it`);
  }
  // mkdir keeps the mode of a directory that already existed.
  await chmod(path, 0o700);
  return path;
}

/** A socket path in `dir`, with any file left there by a process that died removed. */
export async function socketPath(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) {
    throw new Error(`${path} is too long for a Unix socket: choose a shorter DATA_DIR`);
  }
  await rm(path, { force: true });
  return path;
}
