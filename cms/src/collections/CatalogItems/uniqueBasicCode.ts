import type { TextFieldSingleValidation } from 'payload';
import { validateBasicCode } from '@catalog/content-models/codes/index.ts';
import { codeValidator } from '../../fields/validators.ts';

const formatCheck = codeValidator(validateBasicCode, '基本编码', true);

/**
 * 同一事项、同一编码: one catalog item per 基本编码. The format check comes first; then any other
 * item (draft or published) holding the code is named, so the editor can open it instead. The
 * database's unique index is the backstop for two saves racing past this check.
 */
export const uniqueBasicCode: TextFieldSingleValidation = async (value, { req, id }) => {
  const format = formatCheck(value);
  if (format !== true) return format;
  const code = String(value).trim();
  const found = await req.payload.find({
    collection: 'catalog-items',
    where: { basicCode: { equals: code }, ...(id !== undefined ? { id: { not_equals: id } } : {}) },
    draft: true,
    depth: 0,
    limit: 1,
    // Whether one exists, not how many: no count query.
    pagination: false,
    overrideAccess: true,
    req,
  });
  const other = found.docs[0] as { id: unknown; name?: string } | undefined;
  return other ? `基本编码“${code}”已由事项“${other.name ?? other.id}”使用：同一基本编码只能对应一个目录清单事项，请修改该事项或改用其他编码` : true;
};
