import type { Field } from 'payload';

/** 设定依据: one row per instrument and article (no basis, no item). */
export function legalBasisField(name: string, label: string, description: string): Field {
  return {
    name,
    type: 'array',
    label,
    labels: { singular: '依据', plural: '依据' },
    admin: { description },
    fields: [
      { name: 'instrument', type: 'text', label: '法律法规名称', required: true },
      { name: 'article', type: 'text', label: '条款号' },
      { name: 'text', type: 'textarea', label: '条款内容' },
    ],
  };
}
