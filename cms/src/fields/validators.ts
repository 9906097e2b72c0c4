import type { CodeCheck } from '@catalog/content-models/codes/index.ts';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * A Payload `validate` for a code field: the content-models checker decides, its Chinese message
 * (which names the field, the value and what is accepted) goes back to the editor unchanged.
 */
export function codeValidator(check: (value: string) => CodeCheck, label: string, required: boolean) {
  return (value: unknown): true | string => {
    if (isEmpty(value)) return required ? `“${label}”为必填项，请填写` : true;
    const result = check(String(value).trim());
    return result.ok ? true : result.message;
  };
}

/** Required text with a message naming the field (Payload's default only says "required"). */
export function requiredText(label: string) {
  return (value: unknown): true | string => (isEmpty(value) ? `“${label}”为必填项，请填写` : true);
}
