import type { PayloadRequest } from 'payload';
import { clientAddress, limitKeyOfAddress } from '../net/clientAddress.ts';

/** Who tries to log in, as the login log records it and the throttle counts it. */
export interface LoginAttempt {
  email: string;
  clientAddress: string;
  clientKey: string;
  userAgent: string;
}

export function loginAttemptOf(req: PayloadRequest, data: unknown): LoginAttempt {
  const raw = (data as { email?: unknown } | undefined)?.email;
  const address = clientAddress(req.headers);
  return {
    // Payload lower-cases and trims the same way before it looks the account up.
    email: typeof raw === 'string' ? raw.toLowerCase().trim().slice(0, 320) : '',
    clientAddress: address,
    clientKey: limitKeyOfAddress(address),
    userAgent: (req.headers.get('user-agent') ?? '').slice(0, 500),
  };
}
