export { diffGuides } from './diff-guides.ts';
export { guideFieldLabels } from './field-labels.ts';
export { summarizeChanges } from './summarize.ts';
export { describeChange } from './describe-change.ts';
export { displayValue } from './display.ts';
export { isNewItem, isPublicChange, publicChanges } from './public-changes.ts';
