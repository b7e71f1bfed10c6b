import { useEffect, useState } from 'preact/hooks';
import { AuthorView, type PeopleImportState } from '../../components/author';
import { t } from '../../components/i18n';
import { pupilsFromCsv, staffFromCsv } from '../../lib/rule-pack/csv';
import { DEFAULT_PACK } from '../../rules/default-pack';
import { useAutosavedDraft, useTryDraft } from './hooks';
import { useSigning } from './keys';

/** Wiring only: the autosaved draft, CSV files into it, the try box, and signing. */
export function App() {
  const { draft, saved, setDraft } = useAutosavedDraft();
  const [people, setPeople] = useState<PeopleImportState>({ staffErrors: [], pupilErrors: [] });
  const [sample, setSample] = useState('');
  const tried = useTryDraft(draft, sample);
  const signing = useSigning(draft, setDraft);

  useEffect(() => {
    document.title = `postguard: ${t('author_title')}`;
  }, []);

  if (!draft) return null;
  return (
    <AuthorView
      draft={draft}
      builtIn={DEFAULT_PACK.categories}
      saved={saved}
      people={people}
      tryDraft={{ text: sample, onInput: setSample, ...tried }}
      exportPanel={signing}
      onChange={setDraft}
      // A new file replaces the list (an export is the whole roster); a file with only errors keeps the old one.
      onStaffCsv={(text) => {
        const { staff, errors } = staffFromCsv(text);
        setPeople((p) => ({ ...p, staffErrors: errors }));
        if (staff.length > 0) setDraft({ ...draft, staff });
      }}
      onPupilCsv={(text) => {
        const { pupils, errors } = pupilsFromCsv(text);
        setPeople((p) => ({ ...p, pupilErrors: errors }));
        if (pupils.length > 0) setDraft({ ...draft, pupils });
      }}
    />
  );
}
