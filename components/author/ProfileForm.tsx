import { useMemo } from 'preact/hooks';
import { t } from '../i18n';
import { type AuthorDraft, nameNotices } from './draft';
import { TextField } from './fields';
import { NameNotices } from './NameNotices';

export interface ProfileFormProps {
  draft: AuthorDraft;
  onChange(draft: AuthorDraft): void;
}

type SchoolField = keyof AuthorDraft['school'];
const LIST_FIELDS = ['aliases', 'places', 'handles'] as const;

/** The pack's identity and the school profile of the analysis contract (name, aliases, places...). */
export function ProfileForm({ draft, onChange }: ProfileFormProps) {
  const school = (field: SchoolField) => (value: string) => onChange({ ...draft, school: { ...draft.school, [field]: value } });
  // Judged again only when a name changes: a roster of 2,000 pupils is looked up each time.
  const notices = useMemo(() => nameNotices(draft), [draft.school, draft.staff, draft.pupils]);
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t('author_profile_heading')}</h2>
      <TextField id="school-name" label={t('author_school_name')} value={draft.school.name} required onInput={school('name')} />
      {LIST_FIELDS.map((f) => (
        <TextField key={f} id={`school-${f}`} label={t(`author_school_${f}`)} hint={t(`author_school_${f}_hint`)} multiline value={draft.school[f]} onInput={school(f)} />
      ))}
      <TextField id="school-address" label={t('author_school_address')} value={draft.school.address} onInput={school('address')} />
      <TextField id="school-postcode" label={t('author_school_postcode')} value={draft.school.postcode} onInput={school('postcode')} />
      <TextField id="school-website" label={t('author_school_website')} value={draft.school.website} onInput={school('website')} />
      <NameNotices notices={notices} />
      <h3>{t('author_pack_identity')}</h3>
      <TextField id="pack-id" label={t('author_pack_id')} hint={t('author_pack_id_hint')} value={draft.packId} required onInput={(packId) => onChange({ ...draft, packId })} />
      <div class="field">
        <label for="pack-version">
          <span>{t('author_pack_version')}</span>
        </label>
        <input
          id="pack-version"
          type="number"
          min={0}
          step={1}
          aria-describedby="pack-version-hint"
          value={draft.version}
          onInput={(e) => {
            const version = e.currentTarget.valueAsNumber;
            if (Number.isInteger(version) && version >= 0) onChange({ ...draft, version });
          }}
        />
        <span id="pack-version-hint" class="hint">
          {t('author_pack_version_hint')}
        </span>
      </div>
      <div class="field">
        <label for="pack-expires">
          <span>{t('author_pack_expires')}</span>
        </label>
        <input
          id="pack-expires"
          type="date"
          aria-describedby="pack-expires-hint"
          value={draft.expiresOn ?? ''}
          onInput={(e) => {
            const { expiresOn: _old, ...rest } = draft;
            const value = e.currentTarget.value;
            onChange(/^\d{4}-\d{2}-\d{2}$/.test(value) ? { ...rest, expiresOn: value } : rest);
          }}
        />
        <span id="pack-expires-hint" class="hint">
          {t('author_pack_expires_hint')}
        </span>
      </div>
      <TextField id="publisher-name" label={t('author_publisher_name')} hint={t('author_publisher_name_hint')} value={draft.publisherName} onInput={(publisherName) => onChange({ ...draft, publisherName })} />
      <TextField id="publisher-contact" label={t('author_publisher_contact')} value={draft.publisherContact} onInput={(publisherContact) => onChange({ ...draft, publisherContact })} />
    </section>
  );
}
