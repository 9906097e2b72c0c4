import nodemailer from 'nodemailer';
import type { EmailAdapter } from 'payload';
import { mailSettings } from '../env.ts';

/**
 * Payload's email adapter on an SMTP transport (SMTP_URL), or none: without SMTP_URL the CMS sends
 * no mail and the 站内通知 inbox is the only notice. The same few lines as Payload's own
 * `@payloadcms/email-nodemailer`, which is not published for this Payload version (its 3.90.1
 * requires payload 3.90.1 exactly, and Payload refuses mixed versions at start).
 */
export function emailAdapter(env: Record<string, string | undefined> = process.env): EmailAdapter | undefined {
  const mail = mailSettings(env);
  if (!mail) return undefined;
  const { host, port, secure, auth, fromName, fromAddress } = mail;
  // Created lazily, connected per message: a mail server that is down never delays the start.
  // Short timeouts, because notices go out while the person who decided waits for the answer.
  const transport = nodemailer.createTransport({ host, port, secure, auth, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return () => ({
    name: 'smtp',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: (message) => transport.sendMail({ ...message, from: message.from ?? { name: fromName, address: fromAddress } }),
  });
}
