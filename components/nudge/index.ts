export { FindingCard, type FindingCardProps } from './FindingCard';
export { NUDGE_CSS } from './nudge-css';
export { NudgeView, type NudgePlacement, type NudgeViewProps, pillLabel } from './NudgeView';
