import type { CollectionConfig } from 'payload';
import { anyone } from '../../access/anyone.ts';
import { authenticated } from '../../access/authenticated.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { mediaDir } from '../../env.ts';
import { acceptedMimeTypes, acceptedText, maxUploadBytes } from './fileKinds.ts';
import { checkUpload } from './hooks/checkUpload.ts';
import { adminsOnlyDeletes, adminsOnlyUpdates } from '../../hooks/adminsOnlyChanges.ts';

/** 附件: blank forms, filled-in samples and result samples offered for download in guides. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '附件', plural: '附件（表格与样本）' },
  admin: {
    group: '事项管理',
    useAsTitle: 'title',
    description: `可上传 ${acceptedText}，单个文件不超过 ${maxUploadBytes / 1024 / 1024} MB；图片会自动生成缩略图。`,
  },
  access: { read: anyone, create: authenticated, update: isAdmin, delete: isAdmin },
  hooks: { beforeOperation: [checkUpload], beforeChange: [adminsOnlyUpdates], beforeDelete: [adminsOnlyDeletes] },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: acceptedMimeTypes,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, withoutEnlargement: true },
      { name: 'preview', width: 1280, withoutEnlargement: true },
    ],
  },
  fields: [
    { name: 'title', type: 'text', label: '标题', required: true },
    { name: 'description', type: 'textarea', label: '说明' },
  ],
};
