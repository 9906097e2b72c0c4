import { WorkbookRefusal } from './workbook-refusal.ts';
import type { ZipEntry } from './zip-directory.ts';

/**
 * What an xlsx may cost before it is parsed (zip-bomb defence). A 5,000-item 梳理表 (2.7 MB) holds
 * 40 entries, 30 MB of XML, 660,000 cells and compresses about 10:1; the defaults leave room for
 * the 20,000-item limit and refuse the 1.2 MB file of 20 million tiny cells that once froze the CMS.
 */
export interface ArchiveLimits {
  maxEntries: number;
  /** Sum of every entry's declared uncompressed size. */
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed size of any entry larger than `ratioCheckedFrom`. */
  maxCompressionRatio: number;
  /** Cells (`<c>` elements) over all worksheets, counted while inflating them one by one. */
  maxCells: number;
}

export const defaultArchiveLimits: ArchiveLimits = {
  maxEntries: 500,
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxCells: 3_000_000,
};

/** Small entries (styles, themes) may compress far better than data without costing anything. */
const ratioCheckedFrom = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Checks the declared sizes of the central directory; nothing has been inflated yet. */
export function checkArchive(entries: readonly ZipEntry[], limits: ArchiveLimits): void {
  if (entries.length > limits.maxEntries) {
    throw new WorkbookRefusal(`工作簿内部含 ${entries.length} 个文件，超过上限 ${limits.maxEntries} 个：这不是正常的 Excel 工作簿`);
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new WorkbookRefusal(`工作簿解压后有 ${megabytes(total)}，超过上限 ${megabytes(limits.maxUncompressedBytes)}；请按单位或批次拆分后分别导入`);
  }
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) {
      throw new WorkbookRefusal(`工作簿内的“${entry.name}”使用了不支持的压缩方式（${entry.method}）：请在 Excel 或 WPS 中重新保存为 .xlsx 后上传`);
    }
    if (entry.uncompressedSize < ratioCheckedFrom) continue;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (ratio > limits.maxCompressionRatio) {
      throw new WorkbookRefusal(
        `工作簿内的“${entry.name}”压缩比为 ${Math.round(ratio)}:1，超过上限 ${limits.maxCompressionRatio}:1（解压后 ${megabytes(entry.uncompressedSize)}）：疑似恶意构造的文件，未读取`,
      );
    }
  }
}
