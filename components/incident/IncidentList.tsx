import type { StoredIncident } from '../../lib/incident/kept';
import { t } from '../i18n';
import { longTime } from './answers';

export interface IncidentListProps {
  incidents: StoredIncident[];
  currentId: string | null;
  hrefFor(id: string): string;
  onDelete(id: string): void;
  onDeleteAll(): void;
}

/** Every incident kept on this device, newest first, each deletable, and all at once. */
export function IncidentList({ incidents, currentId, hrefFor, onDelete, onDeleteAll }: IncidentListProps) {
  const newestFirst = [...incidents].sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt));
  return (
    <section aria-labelledby="list-title">
      <h2 id="list-title">{t('incident_list_heading')}</h2>
      {newestFirst.length === 0 ? (
        <p>{t('incident_list_none')}</p>
      ) : (
        <>
          <ul class="incidents">
            {newestFirst.map(({ record }) => {
              const when = longTime(record.capturedAt);
              const current = record.id === currentId;
              return (
                <li key={record.id}>
                  <a href={hrefFor(record.id)} aria-current={current ? 'page' : undefined}>
                    {t('incident_list_item', [record.site.name, when])}
                  </a>
                  {current && <span class="muted"> {t('incident_list_current')}</span>}
                  <button type="button" class="btn" aria-label={t('incident_delete_named', [record.site.name, when])} onClick={() => onDelete(record.id)}>
                    {t('incident_delete')}
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" class="btn" onClick={onDeleteAll}>
            {t('incident_delete_all')}
          </button>
        </>
      )}
    </section>
  );
}
