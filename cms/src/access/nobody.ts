import type { Access } from 'payload';

/** Denied through the API for everyone; only server code with overrideAccess may act. */
export const nobody: Access = () => false;
