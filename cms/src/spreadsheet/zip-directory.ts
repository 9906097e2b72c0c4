import { WorkbookRefusal } from './workbook-refusal.ts';

/** One file of a zip archive as its central directory declares it; nothing is decompressed. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate: the only two an xlsx uses. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's compressed bytes begin (after its local header). */
  dataOffset: number;
}

const endOfDirectory = 0x06054b50;
const directoryHeader = 0x02014b50;
const localHeader = 0x04034b50;
const damaged = '无法读取工作簿：压缩结构已损坏，文件不完整或不是 Excel 工作簿；请在 Excel 或 WPS 中重新保存为 .xlsx 后上传';

/**
 * Reads the archive's central directory: names and declared sizes of every entry, so limits are
 * checked before a single byte is inflated. Written out rather than taken from jszip (whose sizes
 * are private fields) or unzipper/yauzl (a dependency for forty lines). ZIP64 is refused: no
 * workbook under the 20 MB upload limit needs it.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === endOfDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new WorkbookRefusal(damaged);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new WorkbookRefusal('工作簿使用了 ZIP64 大文件格式，不能导入：请拆分后分别导入');
  }
  if (offset + size > end) throw new WorkbookRefusal(damaged);

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== directoryHeader) throw new WorkbookRefusal(damaged);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== localHeader) throw new WorkbookRefusal(damaged);
    const compressedSize = view.getUint32(at + 20, true);
    const dataOffset = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataOffset + compressedSize > bytes.byteLength) throw new WorkbookRefusal(damaged);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize,
      uncompressedSize: view.getUint32(at + 24, true),
      dataOffset,
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
