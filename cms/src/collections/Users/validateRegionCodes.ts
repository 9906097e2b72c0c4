import { validateRegionCode } from '@catalog/content-models';

/** 审核辖区: each entry must be a well-formed division code (GB/T 2260), or the scope would match nothing. */
export function validateRegionCodes(value: unknown): true | string {
  if (value === null || value === undefined) return true;
  const codes = Array.isArray(value) ? value : [value];
  for (const code of codes) {
    const checked = validateRegionCode(String(code));
    if (!checked.ok) return `审核辖区：${checked.message}`;
  }
  return true;
}
