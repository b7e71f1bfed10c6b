import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type AuthorDraft, draftToPack, emptyDraft } from '../../components/author';
import { createAnalyzer } from '../../lib/analyze';
import type { Finding } from '../../lib/analyze/types';
import { authorDraftItem } from '../../lib/author-storage';
import { toRuntimePack } from '../../lib/rule-pack/layer';

/** `value`, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The draft, read once from storage.local and written back shortly after each
 * change (and when the page is hidden), so closing the tab loses nothing.
 */
export function useAutosavedDraft(): { draft: AuthorDraft | null; saved: boolean; setDraft(d: AuthorDraft): void } {
  const [draft, setDraft] = useState<AuthorDraft | null>(null);
  const [saved, setSaved] = useState(true);
  const latest = useRef<AuthorDraft | null>(null);
  useEffect(() => void authorDraftItem.getValue().then((d) => setDraft({ ...emptyDraft(), ...d })), []);
  useEffect(() => {
    if (!draft || latest.current === draft) return;
    latest.current = draft;
    setSaved(false);
    const save = () => void authorDraftItem.setValue(draft).then(() => latest.current === draft && setSaved(true));
    const timer = setTimeout(save, 400);
    const stop = new AbortController();
    document.addEventListener('visibilitychange', () => document.hidden && save(), { signal: stop.signal });
    return () => {
      clearTimeout(timer);
      stop.abort();
    };
  }, [draft]);
  return { draft, saved, setDraft: (d) => setDraft(d) };
}

/** Findings for the sample text against the pack being written; compiled only once typing pauses. */
export function useTryDraft(draft: AuthorDraft | null, text: string): { findings: Finding[] | null; problem?: string } {
  const settledDraft = useDebounced(draft, 300);
  const settledText = useDebounced(text, 200);
  const analyzer = useMemo(() => {
    if (!settledDraft) return null;
    try {
      return createAnalyzer(toRuntimePack(draftToPack(settledDraft, new Date().toISOString())));
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [settledDraft]);
  if (analyzer === null) return { findings: null };
  if (typeof analyzer === 'string') return { findings: null, problem: analyzer };
  return { findings: analyzer.analyze(settledText) };
}
