export { Diagnostics, type DiagnosticsProps } from './Diagnostics';
export { OptionsView, type OptionsViewProps } from './OptionsView';
export { PackFacts, type PackFactsProps, SOURCE_LABEL } from './PackFacts';
export { type ImportState, PackImport, type PackImportProps } from './PackImport';
export { describeKeyId } from './key-id';
export { DeviceSettings, type DeviceSettingsProps } from './DeviceSettings';
