import { t } from '../i18n';

export interface ExportFile {
  /** A blob: URL, made by the page (no `downloads` permission: <a download> is enough). */
  href: string;
  name: string;
}

export interface IncidentExportProps {
  html: ExportFile | null;
  json: ExportFile | null;
  onPrint(): void;
}

/** The record for the school's incident log (section 9), as files the person chooses to hand over; nothing is sent. */
export function IncidentExport({ html, json, onPrint }: IncidentExportProps) {
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('incident_export_heading')}</h2>
      <p>{t('incident_export_note')}</p>
      <div class="actions">
        {html && (
          <a class="btn btn-primary" href={html.href} download={html.name}>
            {t('incident_download_html')}
          </a>
        )}
        {json && (
          <a class="btn" href={json.href} download={json.name}>
            {t('incident_download_json')}
          </a>
        )}
        <button type="button" class="btn" onClick={onPrint}>
          {t('incident_print')}
        </button>
      </div>
    </section>
  );
}
