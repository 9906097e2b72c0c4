export { compareImplementations, divergenceScore, UNKNOWN_TEXT, type Comparison, type ComparedCell, type ComparedColumn, type ComparedPlace, type ComparedRow, type RowKind } from './compare-implementations.ts';
export { feeYuan, ordinaryFeeYuan } from './fee-amount.ts';
