import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Hand-made zip archives and xlsx files for the zip-bomb tests: a writer small enough to read,
 * able to declare a size the entry does not hold (a lying header).
 */
export interface ZipFile {
  name: string;
  data: Uint8Array | string;
  /** Declared uncompressed size; the real one when not given. */
  declaredSize?: number;
}

export function zipArchive(files: readonly ZipFile[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const data = typeof file.data === 'string' ? Buffer.from(file.data) : Buffer.from(file.data);
    const compressed = deflateRawSync(data);
    const name = Buffer.from(file.name);
    const size = file.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="事项与指南" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const workbookRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** A one-sheet xlsx around the given sheet XML (`<sheetData>` content). */
export function workbookWithSheet(sheetData: Uint8Array | string, declaredSize?: number): Uint8Array {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const tail = Buffer.from('</sheetData></worksheet>');
  const sheet = Buffer.concat([head, Buffer.from(sheetData), tail]);
  return zipArchive([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rootRels },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: declaredSize === undefined ? undefined : head.length + declaredSize + tail.length },
  ]);
}

/** The classic bomb: millions of empty cells (`<c/>`) that compress about 1,000 to 1. */
export function emptyCellBomb(cells: number): Uint8Array {
  return workbookWithSheet(Buffer.concat([Buffer.from('<row r="1">'), Buffer.alloc(cells * 4, '<c/>'), Buffer.from('</row>')]));
}

/**
 * Millions of tiny cells with a little noise in every row, so the file compresses about 60 to 1:
 * under the ratio limit, it is the cell count (in the worker) that refuses it.
 */
export function tinyCellBomb(rows: number, cellsPerRow = 200): Uint8Array {
  const empties = '<c/>'.repeat(cellsPerRow - 1);
  let seed = 1;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed.toString(16).padStart(8, '0');
  };
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}">${empties}<c t="inlineStr"><is><t>${noise()}${noise()}</t></is></c></row>`);
  return workbookWithSheet(parts.join(''));
}
