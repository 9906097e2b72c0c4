export { diffGuides } from './diff-guides.ts';
export { guideFieldLabels } from './field-labels.ts';
export { summarizeChanges } from './summarize.ts';
