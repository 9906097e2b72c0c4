/** The outcome of checking one code: accepted, or refused with a Chinese message for the editor. */
export type CodeCheck = { ok: true } | { ok: false; message: string };

export const accepted: CodeCheck = { ok: true };

export function refused(message: string): CodeCheck {
  return { ok: false, message };
}
