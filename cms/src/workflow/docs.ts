/** Small readers for Payload documents whose relations may come populated or as bare ids. */
export type Doc = Record<string, unknown>;
export type Id = number | string;

export function idOf(value: unknown): Id | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'object') return (value as { id?: Id }).id;
  return value as Id;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
