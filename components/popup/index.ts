export { DraftFindings, type DraftFindingsProps } from './DraftFindings';
export { feedbackExport } from './feedback-export';
export { groupBySection, otherSections, type SectionGroup } from './group-by-section';
export { PackInForce, type PackInfo, packInfo } from './PackInForce';
export { PopupView, type PopupViewProps } from './PopupView';
export { type AddSiteState, SiteControls, type SiteControlsProps } from './SiteControls';
export { originOf, type SiteFacts, type SiteStatus, siteStatus, withSiteOn } from './site-status';
export { PackUpdateNotice, type PackUpdateNoticeProps } from './PackUpdateNotice';
export { PageAudit, type PageAuditProps, type PageAuditState } from './PageAudit';
