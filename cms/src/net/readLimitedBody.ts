import { APIError } from 'payload';

/** Public endpoints take small forms: a comment of 2,000 characters is about 6 KB of UTF-8. */
export const publicBodyLimitBytes = 16 * 1024;

const tooLarge = (limit: number) => new APIError(`提交内容过大：最多 ${Math.floor(limit / 1024)} KB。`, 413, undefined, true);

/**
 * The request body, refused before it is read when Content-Length announces more than `limit`
 * bytes, and cut off while streaming when a sender lies or sends chunks without a length: a
 * 50 MB body costs the CMS at most `limit` bytes of memory.
 */
export async function readLimitedBody(request: Request, limit: number = publicBodyLimitBytes): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(limit);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
