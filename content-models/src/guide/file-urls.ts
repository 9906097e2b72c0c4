import type { FileRef } from './guide-schema.ts';

/** The parts of a guide that hold downloads (空白表格, 示范文本, 结果样本, 表格下载). */
interface WithFiles {
  materials: { blankForm?: FileRef; sample?: FileRef }[];
  resultSample?: FileRef;
  forms: FileRef[];
}

/**
 * Download addresses made absolute against the CMS's public address. The CMS stores an upload as
 * `/api/media/file/<name>`, an address on the CMS; the public site is another host, where the same
 * path is a dead link. Absolute addresses (another site's files) stay as they are.
 */
export function absoluteFileUrls<T extends WithFiles>(guide: T, cmsBase: string): T {
  const base = cmsBase.replace(/\/+$/, '');
  const fix = (file: FileRef | undefined): FileRef | undefined =>
    file && file.url.startsWith('/') && !file.url.startsWith('//') ? { ...file, url: `${base}${file.url}` } : file;
  const materials = guide.materials.map((material) => {
    const blankForm = fix(material.blankForm);
    const sample = fix(material.sample);
    return { ...material, ...(blankForm && { blankForm }), ...(sample && { sample }) };
  });
  const resultSample = fix(guide.resultSample);
  return { ...guide, materials, ...(resultSample && { resultSample }), forms: guide.forms.map((form) => fix(form)!) };
}
