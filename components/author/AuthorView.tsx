import type { Pack } from '../../rules/schema';
import { t } from '../i18n';
import { CategorySettings } from './CategorySettings';
import type { AuthorDraft } from './draft';
import { ExportPanel, type ExportPanelProps } from './ExportPanel';
import { PeopleImport, type PeopleImportState } from './PeopleImport';
import { PolicyEditor } from './PolicyEditor';
import { ProfileForm } from './ProfileForm';
import { TermsEditor } from './TermsEditor';
import { TryDraft, type TryDraftProps } from './TryDraft';

export interface AuthorViewProps {
  draft: AuthorDraft;
  builtIn: Pack['categories'];
  saved: boolean;
  people: PeopleImportState;
  tryDraft: TryDraftProps;
  exportPanel: ExportPanelProps;
  onChange(draft: AuthorDraft): void;
  onStaffCsv(text: string): void;
  onPupilCsv(text: string): void;
}

/** The leadership page, top to bottom in the order a pack is written: who, whom, the policy, the rules, try, sign. */
export function AuthorView(props: AuthorViewProps) {
  const { draft, onChange } = props;
  return (
    <main class="page author">
      <h1>{t('author_title')}</h1>
      <p class="muted">{t('author_intro')}</p>
      <p class="hint" role="status">
        {props.saved ? t('author_saved') : t('author_saving')}
      </p>
      <ProfileForm draft={draft} onChange={onChange} />
      <PeopleImport
        staff={draft.staff}
        pupilCount={draft.pupils.length}
        state={props.people}
        onStaffCsv={props.onStaffCsv}
        onPupilCsv={props.onPupilCsv}
        onClearPupils={() => onChange({ ...draft, pupils: [] })}
      />
      <PolicyEditor draft={draft} onChange={onChange} />
      <CategorySettings draft={draft} builtIn={props.builtIn} onChange={onChange} />
      <TermsEditor draft={draft} onChange={onChange} />
      <TryDraft {...props.tryDraft} />
      <ExportPanel {...props.exportPanel} />
    </main>
  );
}
