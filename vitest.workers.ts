/**
 * How many test files run at once in every project that allows it. Vitest 5 does not hand the
 * root `maxWorkers` down to projects: a project without its own resolves to
 * `availableParallelism() - 1`, which is 1 on the two-core CI machine, so every file ran alone
 * (CI took 1,681 s, with the files' own times adding up to 1,539 s). Each parallel project states
 * this one number (Vitest refuses two counts in one group); the projects with
 * `fileParallelism: false` (serving, admin-browser) still run one file at a time, after the others.
 */
export const FILE_WORKERS = 2;
