import type { StoredIncident } from '../../lib/incident/kept';
import type { IncidentLink, IncidentSite } from '../../rules/incident-sites-schema';
import type { SafeguardingLead } from '../../rules/schema';
import { t } from '../i18n';
import type { IncidentAnswers } from './answers';
import { NoteForm, StepsChecklist } from './AnswersForm';
import { CopyKept } from './CopyKept';
import { type ExportFile, IncidentExport } from './IncidentExport';
import { IncidentList } from './IncidentList';
import { Links, SiteSteps } from './SiteSteps';

export interface IncidentViewProps {
  /** The incident asked for (`incident.html?id=`), or null: none asked for, or `missing`. */
  incident: StoredIncident | null;
  /** An id was asked for and is no longer kept. */
  missing: boolean;
  answers: IncidentAnswers | null;
  /** The steps for the incident's site, CEOP and more help (rules/incident-sites.ts). */
  steps: IncidentSite | null;
  ceop: IncidentLink;
  ceopWhen: string;
  moreHelp: readonly IncidentLink[];
  lead: SafeguardingLead | undefined;
  retentionDays: number;
  list: StoredIncident[];
  files: { html: ExportFile | null; json: ExportFile | null };
  /** A short confirmation ("Deleted."), announced politely. */
  status: string;
  hrefFor(id: string): string;
  onAnswers(answers: IncidentAnswers): void;
  onTextDone(): void;
  onPrint(): void;
  onDelete(id: string): void;
  onDeleteAll(): void;
}

/** The incident page (policy section 9 and Appendix A): the copy kept, what to do on the site, the record, and the list. */
export function IncidentView(props: IncidentViewProps) {
  const { incident, answers, steps } = props;
  return (
    <main class="incident">
      <h1>{t('incident_title')}</h1>
      <p>{t('incident_intro')}</p>
      <p class="muted">{t('incident_private', String(props.retentionDays))}</p>
      {props.missing && <p class="gap">{t('incident_not_found')}</p>}
      {incident && answers && steps ? (
        <>
          <CopyKept incident={incident} typedUrl={answers.url} onTypedUrl={(url) => props.onAnswers({ ...answers, url })} onTextDone={props.onTextDone} />
          <NoteForm answers={answers} onAnswers={props.onAnswers} onTextDone={props.onTextDone} />
          <SiteSteps steps={steps} siteName={incident.record.site.name} ceop={props.ceop} ceopWhen={props.ceopWhen} childAtRisk={answers.childAtRisk} lead={props.lead} />
          <StepsChecklist answers={answers} onAnswers={props.onAnswers} />
          <IncidentExport html={props.files.html} json={props.files.json} onPrint={props.onPrint} />
        </>
      ) : (
        <p>{t('incident_how_to_start')}</p>
      )}
      <section aria-labelledby="help-title">
        <h2 id="help-title">{t('incident_more_help')}</h2>
        <Links links={props.moreHelp} />
      </section>
      <IncidentList
        incidents={props.list}
        currentId={incident?.record.id ?? null}
        hrefFor={props.hrefFor}
        onDelete={props.onDelete}
        onDeleteAll={props.onDeleteAll}
      />
      <p role="status" class="status">
        {props.status}
      </p>
    </main>
  );
}
