import { describe, expect, it } from 'vitest';
import { absoluteFileUrls } from './file-urls.ts';

describe('download addresses in the public snapshot', () => {
  const guide = {
    materials: [
      { name: '申请表', blankForm: { name: '申请表（空白）', url: '/api/media/file/blank.docx' }, sample: { name: '示范文本', url: 'https://other.gov.cn/sample.pdf' } },
      { name: '身份证' },
    ],
    resultSample: { name: '结果样本', url: '/api/media/file/result.pdf', bytes: 1024 },
    forms: [{ name: '须知', url: '//cdn.example.cn/notice.pdf' }],
  };

  it('point at the CMS, whose path they are, instead of the public site', () => {
    const fixed = absoluteFileUrls(guide, 'https://cms.example.gov.cn/');
    expect(fixed.materials[0]!.blankForm!.url).toBe('https://cms.example.gov.cn/api/media/file/blank.docx');
    expect(fixed.resultSample).toEqual({ name: '结果样本', url: 'https://cms.example.gov.cn/api/media/file/result.pdf', bytes: 1024 });
  });

  it('keeps a CMS under a path prefix, and leaves other hosts\' files and empty materials alone', () => {
    const fixed = absoluteFileUrls(guide, 'https://example.gov.cn/cms');
    expect(fixed.materials[0]!.blankForm!.url).toBe('https://example.gov.cn/cms/api/media/file/blank.docx');
    expect(fixed.materials[0]!.sample!.url).toBe('https://other.gov.cn/sample.pdf');
    expect(fixed.forms[0]!.url).toBe('//cdn.example.cn/notice.pdf');
    expect(fixed.materials[1]).toEqual({ name: '身份证' });
    expect(guide.materials[0]!.blankForm!.url).toBe('/api/media/file/blank.docx');
  });
});
