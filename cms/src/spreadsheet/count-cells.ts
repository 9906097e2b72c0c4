import { inflateRawSync } from 'node:zlib';
import { WorkbookRefusal } from './workbook-refusal.ts';
import type { ZipEntry } from './zip-directory.ts';

const worksheet = /^xl\/worksheets\/[^/]+\.xml$/;
const lessThan = 0x3c; // <
const cellTagEnd = new Set([0x20, 0x3e, 0x2f, 0x09, 0x0a, 0x0d]); // space > / tab LF CR after "<c"

/** Counts `<c …>` elements (cells) in sheet XML; `<col>`, `<cols>`, `<cfRule>` are not cells. */
function countCellTags(xml: Uint8Array): number {
  let count = 0;
  for (let at = xml.indexOf(lessThan); at >= 0 && at + 2 < xml.length; at = xml.indexOf(lessThan, at + 1)) {
    if (xml[at + 1] === 0x63 && cellTagEnd.has(xml[at + 2]!)) count++;
  }
  return count;
}

/**
 * Inflates the worksheets one at a time, never past the size each declares (a lying header is
 * refused), and counts their cells, stopping at `maxCells`: what exceljs would have to build,
 * known before it builds any of it. Runs in the reading worker, off the server's event loop.
 */
export function countWorkbookCells(bytes: Uint8Array, entries: readonly ZipEntry[], maxCells: number): number {
  let cells = 0;
  for (const entry of entries) {
    if (!worksheet.test(entry.name)) continue;
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let xml: Uint8Array;
    try {
      xml = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      throw new WorkbookRefusal(`工作簿内的“${entry.name}”实际内容与声明的大小不符或已损坏：疑似恶意构造的文件，未读取`);
    }
    cells += countCellTags(xml);
    if (cells > maxCells) {
      throw new WorkbookRefusal(`工作簿的单元格超过上限 ${maxCells.toLocaleString('en-US')} 个（已数到“${entry.name}”）：请按单位或批次拆分后分别导入`);
    }
  }
  return cells;
}
