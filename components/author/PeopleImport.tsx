import { type CsvError, describeCsvError } from '../../lib/rule-pack/csv';
import { t } from '../i18n';
import { FileField } from './fields';

/** What the last import of each list said; errors name line and column only. */
export interface PeopleImportState {
  staffErrors: CsvError[];
  pupilErrors: CsvError[];
}

export interface PeopleImportProps {
  staff: { name: string; role?: string }[];
  pupilCount: number;
  state: PeopleImportState;
  onStaffCsv(text: string): void;
  onPupilCsv(text: string): void;
  onClearPupils(): void;
}

function Errors({ errors, id }: { errors: CsvError[]; id: string }) {
  if (errors.length === 0) return null;
  return (
    <div id={id}>
      <p class="error">{t('author_csv_errors', String(errors.length))}</p>
      <ul class="errors">
        {errors.slice(0, 50).map((e) => (
          <li key={`${e.line}-${e.column ?? ''}`}>{describeCsvError(e)}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Staff and pupil lists from MIS exports. Pupils are shown only as a count: the
 * page may be on a shared screen, and the names need never be read back.
 */
export function PeopleImport(props: PeopleImportProps) {
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">{t('author_people_heading')}</h2>
      <p class="muted">{t('author_people_help')}</p>
      <h3>{t('author_staff_heading')}</h3>
      <FileField id="staff-csv" label={t('author_staff_csv')} accept=".csv,text/csv,.txt" onText={props.onStaffCsv} />
      <p role="status">{t('author_staff_count', String(props.staff.length))}</p>
      <Errors id="staff-errors" errors={props.state.staffErrors} />
      {props.staff.length > 0 && (
        <details>
          <summary>{t('author_staff_show')}</summary>
          <ul>
            {props.staff.map((s) => (
              <li key={s.name}>{s.role ? `${s.name} (${s.role})` : s.name}</li>
            ))}
          </ul>
        </details>
      )}
      <h3>{t('author_pupils_heading')}</h3>
      <FileField id="pupil-csv" label={t('author_pupil_csv')} accept=".csv,text/csv,.txt" onText={props.onPupilCsv} />
      <p role="status">{t('author_pupil_count', String(props.pupilCount))}</p>
      <Errors id="pupil-errors" errors={props.state.pupilErrors} />
      {props.pupilCount > 0 && (
        <button type="button" class="btn" onClick={props.onClearPupils}>
          {t('author_pupils_clear')}
        </button>
      )}
    </section>
  );
}
