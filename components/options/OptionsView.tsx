import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import { DeviceSettings, type DeviceSettingsProps } from './DeviceSettings';
import { Diagnostics, type DiagnosticsProps } from './Diagnostics';
import { PackFacts, type PackFactsProps } from './PackFacts';
import { PauseSetting, type PauseSettingProps } from './PauseSetting';
import { RetentionNote, type RetentionNoteProps } from './RetentionNote';
import { type ImportState, PackImport } from './PackImport';

export interface OptionsViewProps {
  facts: PackFactsProps;
  diagnostics: DiagnosticsProps;
  pause: Omit<PauseSettingProps, 'children'>;
  retention: RetentionNoteProps;
  importState: ImportState;
  /** The managed policy delivers the pack (inlinePack or packUrl): file import is closed. */
  importManaged: boolean;
  device: DeviceSettingsProps;
  onImportFile(file: File): void;
  /** author.html, for leadership writing the school's pack. */
  authorUrl: string;
  /** Above the pack's facts: what the pack means for pupils' names here (RosterNotice). */
  rosterNotice?: ComponentChildren;
}

/** The options page: the pause before posting, the pack in force, importing one by hand, and a diagnostics section for IT. */
export function OptionsView(props: OptionsViewProps) {
  return (
    <main class="page options">
      <h1>{t('options_title')}</h1>
      <PauseSetting {...props.pause}>
        <RetentionNote {...props.retention} />
      </PauseSetting>
      {props.rosterNotice}
      <PackFacts {...props.facts} />
      <PackImport state={props.importState} managed={props.importManaged} onFile={props.onImportFile} />
      <DeviceSettings {...props.device} />
      <section aria-labelledby="author-title">
        <h2 id="author-title">{t('options_author_heading')}</h2>
        <p>
          {t('options_author_help')} <a href={props.authorUrl}>{t('options_author_link')}</a>
        </p>
      </section>
      <Diagnostics {...props.diagnostics} />
    </main>
  );
}
