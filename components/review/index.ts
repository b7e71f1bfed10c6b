export { HighlightedText } from './HighlightedText';
export { NudgeChart, type NudgeChartProps } from './NudgeChart';
export { ReviewView, type ReviewViewProps } from './ReviewView';
export { SavedDraftView, type SavedDraftViewProps } from './SavedDraftView';
