import { close, open, write } from 'node:fs';

/**
 * Writes a whole file (created or truncated; `flag: 'wx'` refuses an existing one) with Node's
 * callback API. Measured on this project's machines, 100,000 files of 8 KB written 32 at a time:
 * fs/promises' writeFile took 11.4–19.9 s (main thread busy 5.9–6.3 s, kernel 15–33 s), this
 * 4.4–4.5 s (main thread 2.9–3.1 s, kernel 4.5–4.7 s) — the snapshot export writes one file per item.
 */
export function writeWholeFile(path: string, data: string | Uint8Array, options: { flag?: 'w' | 'wx'; mode?: number } = {}): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return new Promise((resolve, reject) => {
    open(path, options.flag ?? 'w', options.mode ?? 0o666, (openError, fd) => {
      if (openError) return reject(openError);
      const finish = (error: Error | null) => close(fd, (closeError) => (error || closeError ? reject(error ?? closeError) : resolve()));
      // A regular file takes the whole buffer in one write; the loop covers a short write all the same.
      const from = (offset: number): void => {
        if (offset >= bytes.length) return finish(null);
        write(fd, bytes, offset, bytes.length - offset, null, (writeError, written) => (writeError ? finish(writeError) : from(offset + written)));
      };
      from(0);
    });
  });
}
