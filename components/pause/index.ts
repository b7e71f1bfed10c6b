export { PAUSE_CSS } from './pause-css';
export { PauseDialog, type PauseDialogProps } from './PauseDialog';
export { ContactPauseDialog, type ContactPauseProps } from './ContactPauseDialog';
