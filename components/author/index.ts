export { AuthorView, type AuthorViewProps } from './AuthorView';
export { type AuthorDraft, type CategoryChoice, draftToPack, emptyDraft, exportablePack } from './draft';
export { type ExportPanelProps, type ExportState } from './ExportPanel';
export { type KeyFile, lockKeys, unlockKeys } from './key-vault';
export { type PeopleImportState } from './PeopleImport';
