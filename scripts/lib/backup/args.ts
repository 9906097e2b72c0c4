import { parseFlags, UsageError } from '../spreadsheet/cli-args.ts';

export interface BackupArgs {
  /** The folder to create; undefined: backups/<Beijing stamp>/. */
  out?: string;
  help: boolean;
}

export interface RestoreArgs {
  from: string;
  /** Overwrite a database (and media folder) that is not empty. */
  force: boolean;
  help: boolean;
}

export function parseBackupArgs(argv: readonly string[]): BackupArgs {
  const flags = parseFlags(argv, ['--out'], ['--help']);
  const out = flags.get('--out');
  return { out: typeof out === 'string' ? out : undefined, help: flags.has('--help') };
}

export function parseRestoreArgs(argv: readonly string[]): RestoreArgs {
  const flags = parseFlags(argv, ['--from'], ['--force', '--help']);
  const from = flags.get('--from');
  if (flags.has('--help')) return { from: '', force: false, help: true };
  if (typeof from !== 'string') throw new UsageError('缺少参数 --from（要恢复的备份文件夹，如 backups/20261202-1645）');
  return { from, force: flags.has('--force'), help: false };
}
