export { PolicySectionView, type PolicySectionViewProps } from './PolicySectionView';
export { PolicyView, type PolicyViewProps } from './PolicyView';
export { type CategoryUnderSection, type RuleSummary, rulesBySection } from './rules-by-section';
