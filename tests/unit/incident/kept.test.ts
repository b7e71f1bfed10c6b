import { describe, expect, it } from 'vitest';
import { incidentRetentionDays, keptIncidents, nextIncidentExpiry, type StoredIncident, withChanges } from '../../../lib/incident/kept';
import { newIncidentRecord } from '../../../lib/incident/record';
import { DAY_MS } from '../../../lib/review/retention';

const NOW = Date.UTC(2026, 11, 7, 18, 30);
const incident = (id: string, at: number, gaps: StoredIncident['gaps'] = {}): StoredIncident => ({
  record: newIncidentRecord({ site: { id: 'x', name: 'X' }, url: gaps.address ? undefined : 'https://x.com/a/status/1' }, new Date(at), id),
  gaps,
});

describe('how long incidents are kept', () => {
  it('follows the pack retention, but never less than a day', () => {
    expect([0, 1, 7, 30].map(incidentRetentionDays)).toEqual([1, 1, 7, 30]);
  });

  it('keeps those inside the retention, drops older ones and ones from the future', () => {
    const list = [incident('old', NOW - 7 * DAY_MS), incident('six days', NOW - 6 * DAY_MS), incident('now', NOW), incident('future', NOW + 2 * DAY_MS)];
    expect(keptIncidents(list, NOW, 7).map((i) => i.record.id)).toEqual(['six days', 'now']);
    expect(keptIncidents(list, NOW, 0).map((i) => i.record.id)).toEqual(['now']);
    expect(nextIncidentExpiry([incident('a', NOW - DAY_MS), incident('b', NOW)], 7)).toBe(NOW + 6 * DAY_MS);
    expect(nextIncidentExpiry([], 7)).toBeNull();
  });
});

describe('withChanges', () => {
  it('applies only the steps named and checks the result', () => {
    const first = withChanges(incident('a', NOW), { steps: { reported: true } })!;
    expect(first.steps).toEqual({ reported: true, blocked: false, ceop: false, toldLead: false });
    const kept = { record: first, gaps: {} };
    expect(withChanges(kept, { steps: { blocked: undefined, ceop: true } })!.steps).toEqual({ reported: true, blocked: false, ceop: true, toldLead: false });
    expect(withChanges(kept, { whatHappened: 'Line one\nline two' })!.whatHappened).toBe('Line one\nline two');
  });

  it('keeps a captured address, and takes a typed one only where the browser gave none', () => {
    expect(withChanges(incident('a', NOW), { url: 'https://elsewhere.example/' })!.url).toBe('https://x.com/a/status/1');
    const without = incident('b', NOW, { address: 'not-allowed' });
    expect(withChanges(without, { url: 'https://x.com/b' })!.url).toBe('https://x.com/b');
    expect(withChanges(without, { url: '  ' })).not.toHaveProperty('url');
  });

  it('keeps the record in its schema order, so the exported JSON stays stable', () => {
    const changed = withChanges(incident('a', NOW), { whatHappened: 'note', childAtRisk: true })!;
    const keys = Object.keys(changed);
    expect(keys.indexOf('whatHappened')).toBeLessThan(keys.indexOf('childAtRisk'));
    expect(keys.indexOf('childAtRisk')).toBeLessThan(keys.indexOf('steps'));
  });
});
