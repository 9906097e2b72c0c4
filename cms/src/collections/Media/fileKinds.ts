/**
 * The file kinds editors may attach to guides (blank forms, samples, result samples), with the
 * leading bytes that identify them, so a file whose name or declared type lies is caught.
 */
export interface FileKind {
  label: string;
  extensions: string[];
  mimeTypes: string[];
  /** True when the buffer starts like this kind of file. */
  matches(head: Buffer): boolean;
}

const startsWith = (head: Buffer, bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
const zip = (head: Buffer) => startsWith(head, [0x50, 0x4b, 0x03, 0x04]); // .docx / .xlsx are zip packages
const ole = (head: Buffer) => startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]); // .doc / .xls

export const fileKinds: FileKind[] = [
  { label: 'PDF 文档', extensions: ['pdf'], mimeTypes: ['application/pdf'], matches: (h) => startsWith(h, [0x25, 0x50, 0x44, 0x46]) },
  { label: 'Word 文档（.doc）', extensions: ['doc'], mimeTypes: ['application/msword'], matches: ole },
  {
    label: 'Word 文档（.docx）',
    extensions: ['docx'],
    mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    matches: zip,
  },
  { label: 'Excel 表格（.xls）', extensions: ['xls'], mimeTypes: ['application/vnd.ms-excel'], matches: ole },
  {
    label: 'Excel 表格（.xlsx）',
    extensions: ['xlsx'],
    mimeTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    matches: zip,
  },
  { label: 'JPEG 图片', extensions: ['jpg', 'jpeg'], mimeTypes: ['image/jpeg'], matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  { label: 'PNG 图片', extensions: ['png'], mimeTypes: ['image/png'], matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47]) },
  {
    label: 'WebP 图片',
    extensions: ['webp'],
    mimeTypes: ['image/webp'],
    matches: (h) => startsWith(h, [0x52, 0x49, 0x46, 0x46]) && h.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

export const acceptedMimeTypes = fileKinds.flatMap((kind) => kind.mimeTypes);
export const acceptedText = 'PDF、Word（.doc/.docx）、Excel（.xls/.xlsx）、JPG、PNG、WebP';

/** 20 MB: forms and samples are documents, not videos. */
export const maxUploadBytes = 20 * 1024 * 1024;

/** Payload's one request-size limit, for media and 梳理表 uploads alike: the advice covers both. */
export const uploadTooLargeMessage = `上传的文件超过上限 ${maxUploadBytes / 1024 / 1024} MB：附件请压缩后上传（可接受 ${acceptedText}），梳理表请按单位或批次拆分后分别导入`;

export function kindByExtension(filename: string): FileKind | undefined {
  const extension = filename.split('.').pop()?.toLowerCase() ?? '';
  return fileKinds.find((kind) => kind.extensions.includes(extension));
}

export function kindByContent(head: Buffer): FileKind | undefined {
  return fileKinds.find((kind) => kind.matches(head));
}
