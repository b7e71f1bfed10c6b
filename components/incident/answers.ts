import type { IncidentChanges, StoredIncident } from '../../lib/incident/kept';
import type { IncidentSteps } from '../../lib/incident/record';

/** What the person fills in on the incident page, as the form holds it. */
export interface IncidentAnswers {
  whatHappened: string;
  childAtRisk: boolean;
  steps: IncidentSteps;
  /** The page address typed in, where the browser gave none (`gaps.address`). */
  url: string;
}

export function answersOf({ record, gaps }: StoredIncident): IncidentAnswers {
  return {
    whatHappened: record.whatHappened ?? '',
    childAtRisk: record.childAtRisk,
    steps: { ...record.steps },
    url: gaps.address ? (record.url ?? '') : '',
  };
}

/** The answers as the background's 'update-incident' takes them (an address only where one may be typed). */
export function changesOf(answers: IncidentAnswers, incident: StoredIncident): IncidentChanges {
  const changes: IncidentChanges = { whatHappened: answers.whatHappened, childAtRisk: answers.childAtRisk, steps: answers.steps };
  if (incident.gaps.address) changes.url = answers.url;
  return changes;
}

/** "7 December 2026 at 18:30:12": the time a copy was taken, to the second (evidence). */
export function longTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'medium' });
}
