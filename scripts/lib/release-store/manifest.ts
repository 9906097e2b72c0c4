import { gunzipSync, gzipSync } from 'node:zlib';
import type { ObjectHeaders } from './object-headers.ts';

/** One file of a release as stored: its content's MD5 (hex) and size, and its headers. */
export interface ManifestEntry extends ObjectHeaders {
  md5: string;
  size: number;
}

/**
 * The list of a release's files, written to `<prefix>/manifests/<version>.json.gz` after the last
 * file: a release with a manifest is complete (rollback and pruning look only at those), and the
 * next upload compares its files with it to leave unchanged bytes on the server.
 */
export interface ReleaseManifest {
  version: string;
  createdAt: string;
  files: Record<string, ManifestEntry>;
}

/** Gzipped JSON: about 120 bytes a file before compression, half after (MD5s do not compress). */
export function encodeManifest(manifest: ReleaseManifest): Buffer {
  return gzipSync(JSON.stringify(manifest));
}

export function decodeManifest(data: Uint8Array): ReleaseManifest {
  return JSON.parse(gunzipSync(data).toString('utf8')) as ReleaseManifest;
}

const sameObject = (a: ManifestEntry, b: ManifestEntry) =>
  a.md5 === b.md5 && a.size === b.size && a.contentType === b.contentType && a.cacheControl === b.cacheControl && a.contentEncoding === b.contentEncoding;

export interface UploadPlan {
  /** Paths whose bytes (or headers) the server does not have under the base release: uploaded. */
  put: string[];
  /** Paths the base release holds byte for byte with the same headers: copied on the server. */
  copy: string[];
}

/**
 * Which files to upload and which to copy from the base release (the one live.json names).
 * Each release stays complete under its own prefix, so any front serves it by prefix alone and a
 * rollback is only a pointer write; unchanged files cost one server-side copy each instead of
 * their bytes.
 */
export function planUpload(files: Record<string, ManifestEntry>, base: ReleaseManifest | undefined): UploadPlan {
  const plan: UploadPlan = { put: [], copy: [] };
  for (const [path, entry] of Object.entries(files)) {
    const before = base?.files[path];
    (before && sameObject(before, entry) ? plan.copy : plan.put).push(path);
  }
  plan.put.sort();
  plan.copy.sort();
  return plan;
}
