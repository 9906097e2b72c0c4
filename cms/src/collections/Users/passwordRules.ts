import { parsePasswordMinLength, passwordProblems, passwordRefusal } from '@catalog/content-models';
import { ValidationError } from 'payload';

/** The policy's reasons for this password under this deployment's PASSWORD_MIN_LENGTH. */
export function passwordProblemsHere(password: string, email: string | undefined): string[] {
  return passwordProblems(password, { email, minLength: parsePasswordMinLength(process.env.PASSWORD_MIN_LENGTH) });
}

/** Throws a 400 on the password field (the admin shows it under the field) when the policy refuses. */
export function assertPasswordAllowed(password: unknown, email: string | undefined): void {
  if (typeof password !== 'string' || password === '') return;
  const problems = passwordProblemsHere(password, email);
  if (problems.length > 0) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: passwordRefusal(problems) }] });
}
