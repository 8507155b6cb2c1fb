import yauzl from 'yauzl';

/** The entries of a ZIP buffer, decompressed, by name, as text. */
export async function unzip(buffer: Buffer): Promise<Map<string, string>> {
  const entries = await unzipBinary(buffer);
  return new Map([...entries].map(([name, bytes]) => [name, bytes.toString('utf8')]));
}

/** The entries of a ZIP buffer, decompressed, by name. */
export function unzipBinary(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error('unreadable entry'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
