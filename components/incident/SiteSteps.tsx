import type { IncidentLink, IncidentSite } from '../../rules/incident-sites-schema';
import type { SafeguardingLead } from '../../rules/schema';
import { t } from '../i18n';

export interface SiteStepsProps {
  /** The site's steps (rules/incident-sites.ts); `siteName` is the record's, so the generic steps still name the host. */
  steps: IncidentSite;
  siteName: string;
  ceop: IncidentLink;
  ceopWhen: string;
  childAtRisk: boolean;
  /** From the pack in force; absent when the school has not named one. */
  lead: SafeguardingLead | undefined;
}

/** Outside links (a site's terms, CEOP, more help), each opened in a new tab. */
export function Links({ links }: { links: readonly IncidentLink[] }) {
  return (
    <ul>
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Appendix A's steps for this site: report and block there, the rules to cite, CEOP for a child at risk, the school's lead. */
export function SiteSteps({ steps, siteName, ceop, ceopWhen, childAtRisk, lead }: SiteStepsProps) {
  return (
    <>
      <section aria-labelledby="report-title">
        <h2 id="report-title">{t('incident_report_heading', siteName)}</h2>
        <h3>{t('incident_report_how')}</h3>
        <ol>
          {steps.report.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <h3>{t('incident_block_how')}</h3>
        <ol>
          {steps.block.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <h3>{t('incident_terms')}</h3>
        <Links links={steps.terms} />
      </section>
      <section aria-labelledby="ceop-title" class={childAtRisk ? 'ceop alert' : 'ceop'}>
        <h2 id="ceop-title">{t('incident_ceop_heading')}</h2>
        <p>{ceopWhen}</p>
        <Links links={[ceop]} />
      </section>
      <section aria-labelledby="lead-title">
        <h2 id="lead-title">{t('incident_lead_heading')}</h2>
        {lead ? (
          <address class="lead">
            <strong>{lead.name}</strong>
            {lead.role && <span>{lead.role}</span>}
            {lead.email && <a href={`mailto:${lead.email}`}>{lead.email}</a>}
            {lead.phone && <a href={`tel:${lead.phone.replace(/[^\d+]/g, '')}`}>{lead.phone}</a>}
          </address>
        ) : (
          <p>{t('incident_lead_unknown')}</p>
        )}
      </section>
    </>
  );
}
