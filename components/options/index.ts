export { Diagnostics, type DiagnosticsProps } from './Diagnostics';
export { OptionsView, type OptionsViewProps } from './OptionsView';
export { PackFacts, type PackFactsProps, SOURCE_LABEL } from './PackFacts';
export { type ImportState, PackImport, type PackImportProps } from './PackImport';
export { describeKeyId } from './key-id';
export { DeviceSettings, type DeviceSettingsProps } from './DeviceSettings';
export { ErrorLog, type ErrorLogProps } from './ErrorLog';
export { PauseSetting, type PauseSettingProps, pauseLabel } from './PauseSetting';
export { RetentionNote, type RetentionNoteProps } from './RetentionNote';
