export * from './claims-report.ts';
export * from './departments.ts';
export * from './deviations.ts';
