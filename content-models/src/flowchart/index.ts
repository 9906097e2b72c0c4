export { renderFlowchart, layoutSteps, stepSentence, daysText, type Flowchart, type FlowchartOptions, type StepBox } from './render-flowchart.ts';
