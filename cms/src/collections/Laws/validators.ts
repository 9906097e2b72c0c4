import type { DateFieldValidation, TextFieldSingleValidation } from 'payload';

/** 废止日期 belongs to a repealed instrument only. */
export const validateRepealDate: DateFieldValidation = (value, { siblingData }) => {
  if (!value) return true;
  const status = (siblingData as { status?: unknown }).status;
  return status === 'repealed' ? true : '废止日期（repealDate）只能在时效性为“已废止”时填写：请先将时效性改为“已废止”，或清空废止日期。';
};

/** 原文链接: an http(s) address, never a script or a local file. */
export const validateLink: TextFieldSingleValidation = (value) => {
  if (!value?.trim()) return true;
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return true;
  } catch {
    // falls through to the refusal
  }
  return `原文链接（link）“${value}”不是有效网址：请填写以 http:// 或 https:// 开头的地址。`;
};
