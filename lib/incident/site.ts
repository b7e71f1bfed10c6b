import { siteFor } from '../sites';
import { incidentStepsFor } from '../../rules/incident-sites';
import type { IncidentRecord } from './record';

/**
 * The site an incident happened on, for the record and for which steps to show: a
 * built-in site by its lib/sites id and name, anything else by its host name (the
 * generic steps). Sites staff added are not told apart here: they get the generic steps.
 */
export function incidentSiteOf(url: string | undefined): IncidentRecord['site'] {
  if (url === undefined) return { id: null, name: 'Unknown site' };
  const site = siteFor(url);
  if (site) return { id: site.id, name: incidentStepsFor(site.id).name };
  try {
    const host = new URL(url).hostname;
    if (host) return { id: null, name: host };
  } catch {
    // Not a URL: fall through.
  }
  return { id: null, name: 'Unknown site' };
}
