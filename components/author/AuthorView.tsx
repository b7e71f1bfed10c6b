import type { Pack } from '../../rules/schema';
import { type MessageKey, t } from '../i18n';
import { CategorySettings } from './CategorySettings';
import type { AuthorDraft } from './draft';
import { ExportPanel, type ExportPanelProps } from './ExportPanel';
import { PeopleImport, type PeopleImportState } from './PeopleImport';
import { PolicyEditor } from './PolicyEditor';
import { PostingRules } from './PostingRules';
import { BeyondDrafts } from './BeyondDrafts';
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

/** Section headings' ids (each section is labelled by its heading) and the words the jump links use. */
const NAV: [string, MessageKey][] = [
  ['profile-title', 'author_profile_heading'],
  ['people-title', 'author_people_heading'],
  ['policy-title', 'author_policy_heading'],
  ['categories-title', 'author_categories_heading'],
  ['terms-title', 'author_terms_heading'],
  ['posting-title', 'author_posting_heading'],
  ['beyond-title', 'author_beyond_heading'],
  ['try-title', 'author_try_heading'],
  ['export-title', 'author_export_heading'],
];

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
      <nav aria-label={t('author_nav')} class="author-nav">
        <ul>
          {NAV.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
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
      <PostingRules draft={draft} onChange={onChange} />
      <BeyondDrafts draft={draft} onChange={onChange} />
      <TryDraft {...props.tryDraft} />
      <ExportPanel {...props.exportPanel} />
    </main>
  );
}
