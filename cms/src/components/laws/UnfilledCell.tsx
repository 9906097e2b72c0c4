'use client';

type Option = string | { value: string; label: unknown };

/** A list cell that says 未填写 for an empty value (unknown stays visible) and a select's label otherwise. */
export function UnfilledCell({ cellData, field }: { cellData?: unknown; field?: { options?: Option[] } }) {
  if (cellData === null || cellData === undefined || cellData === '') return <span style={{ color: 'var(--theme-elevation-500)' }}>未填写</span>;
  const option = field?.options?.find((o) => (typeof o === 'string' ? o : o.value) === cellData);
  const label = option && typeof option === 'object' && typeof option.label === 'string' ? option.label : String(cellData);
  return <span>{label}</span>;
}
