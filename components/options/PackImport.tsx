import { t } from '../i18n';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'working'; file: string }
  | { kind: 'accepted'; file: string; version: number }
  /** The same pack as the one in force: nothing to do, and nothing wrong. */
  | { kind: 'unchanged'; file: string; version: number }
  | { kind: 'refused'; file: string; stage: string; reason: string };

/** Reasons come from the accept pipeline with or without a full stop; the message continues after them. */
const endSentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

export interface PackImportProps {
  state: ImportState;
  /** The managed policy sets a pack source: the background refuses files here (lib/background/packs/updater.ts). */
  managed: boolean;
  onFile(file: File): void;
}

/** A file chooser for a pack IT received by hand; the background decides, this only reports what it said. */
export function PackImport({ state, managed, onFile }: PackImportProps) {
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('options_import_heading')}</h2>
      <p class="muted" id="import-help">
        {managed ? t('options_import_managed') : t('options_import_help')}
      </p>
      <label class="field">
        <span>{t('options_import_label')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={managed || state.kind === 'working'}
          aria-describedby="import-help"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared so choosing the same file again (after fixing it) fires a change.
            if (file) onFile(file);
            input.value = '';
          }}
        />
      </label>
      <p role="status" class={`import-status ${state.kind}`}>
        {state.kind === 'working' && t('options_import_working', state.file)}
        {state.kind === 'accepted' && t('options_import_accepted', [state.file, String(state.version)])}
        {state.kind === 'unchanged' && t('options_import_unchanged', [state.file, String(state.version)])}
        {state.kind === 'refused' && t('options_import_refused', [state.file, state.stage, endSentence(state.reason)])}
      </p>
    </section>
  );
}
