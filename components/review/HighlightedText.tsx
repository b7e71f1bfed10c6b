import type { Finding } from '../../lib/analyze/types';
import { categoryLabel } from '../category-labels';

/** The draft with its findings marked, as the compose box showed them (non-overlapping, in text order). */
export function HighlightedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const parts = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={`${f.start}-${f.end}`} class={`sev-${f.severity}`} title={categoryLabel(f.category)}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return <p class="draft-text">{parts}</p>;
}
