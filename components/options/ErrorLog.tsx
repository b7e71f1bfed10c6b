import type { ErrorEntry } from '../../lib/storage';
import { t } from '../i18n';
import { when } from './PackFacts';

export interface ErrorLogProps {
  /** lib/storage.ts errorLog: oldest first, as kept. */
  errors: ErrorEntry[];
  onClear(): void;
}

/**
 * The errors the pause stepped around (it fails open), for IT asking why a post
 * went ahead without one. Entries never hold draft text, so showing them is safe.
 */
export function ErrorLog({ errors, onClear }: ErrorLogProps) {
  const newestFirst = [...errors].reverse();
  return (
    <>
      <h3 id="errors-title">{t('options_errors_heading')}</h3>
      <p class="muted">{t('options_errors_help')}</p>
      {newestFirst.length === 0 ? (
        <p>{t('options_errors_none')}</p>
      ) : (
        <>
          <table class="checks" aria-labelledby="errors-title">
            <thead>
              <tr>
                <th scope="col">{t('options_errors_col_when')}</th>
                <th scope="col">{t('options_errors_col_where')}</th>
                <th scope="col">{t('options_errors_col_site')}</th>
                <th scope="col">{t('options_errors_col_message')}</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((e, i) => (
                <tr key={`${e.at}-${i}`}>
                  <td>
                    <time dateTime={new Date(e.at).toISOString()}>{when(e.at)}</time>
                  </td>
                  <td>{e.where}</td>
                  <td>{e.host}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" class="btn" onClick={onClear}>
            {t('options_errors_clear')}
          </button>
        </>
      )}
    </>
  );
}
