import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Whole folder trees of a release or snapshot (100,000 items: ~262,000 files in ~200,000 folders)
 * are copied and removed by `cp` and `rm` in a child process. Node has no recursive hard-link
 * copy, and its recursive fs.rm spent 30 s of CPU on the CMS process's main thread and thread
 * pool to remove one such release (rm -rf: 15 s of kernel time, in another process).
 * `background`: work nobody waits for (spares, pruning) runs at the lowest CPU priority, so the
 * admin and the next approval go first.
 */
interface TreeOptions {
  background?: boolean;
}

const command = (args: string[], options: TreeOptions) => (options.background ? run('nice', ['-n', '19', ...args]) : run(args[0]!, args.slice(1)));

/** A copy of `from` at `to` whose files are hard links (`to` must not exist). */
export async function linkTree(from: string, to: string, options: TreeOptions = {}): Promise<void> {
  await command(['cp', '-al', '--', from, to], options);
}

/** Removes `path` and everything under it; nothing there is fine. */
export async function removeTree(path: string, options: TreeOptions = {}): Promise<void> {
  await command(['rm', '-rf', '--', path], options);
}
