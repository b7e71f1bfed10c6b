import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExportFile } from '../../components/incident';
import { type StoredIncident, withChanges } from '../../lib/incident/kept';
import { type IncidentRecord, incidentFileName, incidentToHtml, incidentToJson } from '../../lib/incident/record';
import { incidents } from '../../lib/storage';
import { changesOf, type IncidentAnswers } from '../../components/incident';

/** The incidents kept, following changes live (the background writes, and prunes on its alarm); null until first read. */
export function useIncidents(): StoredIncident[] | null {
  const [value, setValue] = useState<StoredIncident[] | null>(null);
  useEffect(() => {
    let changed = false;
    const unwatch = incidents.watch((v) => {
      changed = true;
      setValue(v);
    });
    // A change seen while the first read was in flight is newer than that read.
    void incidents.getValue().then((v) => changed || setValue(v));
    return unwatch;
  }, []);
  return value;
}

/** `value` once it has stopped changing for `ms` (typing in the note), and a way to settle it at once (a box ticked, focus left). */
export function useSettled<T>(value: T, ms: number): [T, (now: T) => void] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return [settled, setSettled];
}

/** The record as it will be handed over: the kept one with the person's settled answers. */
export function useRecord(incident: StoredIncident | null, answers: IncidentAnswers | null): IncidentRecord | null {
  return useMemo(() => {
    if (!incident) return null;
    return (answers && withChanges(incident, changesOf(answers, incident))) ?? incident.record;
  }, [incident, answers]);
}

/** blob: URLs of the printable HTML and the JSON, revoked when the record changes or the page goes. */
export function useExportFiles(record: IncidentRecord | null): { html: ExportFile | null; json: ExportFile | null } {
  const [files, setFiles] = useState<{ html: ExportFile | null; json: ExportFile | null }>({ html: null, json: null });
  useEffect(() => {
    if (!record) return setFiles({ html: null, json: null });
    const html = URL.createObjectURL(new Blob([incidentToHtml(record)], { type: 'text/html' }));
    const json = URL.createObjectURL(new Blob([incidentToJson(record)], { type: 'application/json' }));
    setFiles({ html: { href: html, name: incidentFileName(record, 'html') }, json: { href: json, name: incidentFileName(record, 'json') } });
    return () => {
      URL.revokeObjectURL(html);
      URL.revokeObjectURL(json);
    };
  }, [record]);
  return files;
}
