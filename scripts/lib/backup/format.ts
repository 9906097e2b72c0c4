import { beijingIso } from '@catalog/content-models/time/beijing-time.ts';

/** The default backup folder name: Beijing time to the minute, sortable — 20261202-1645. */
export function backupStamp(at: Date): string {
  const iso = beijingIso(at); // 2026-12-02T16:45:09+08:00
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/** 「1.5 MB」: sizes in progress lines and messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
