export { type IncidentAnswers, answersOf, changesOf } from './answers';
export { type ExportFile } from './IncidentExport';
export { IncidentView, type IncidentViewProps } from './IncidentView';
