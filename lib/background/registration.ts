import { originPattern } from '../sites';

/** The built content script (WXT names `entrypoints/compose.content/` so; see .output/chrome-mv3/manifest.json). */
export const COMPOSE_SCRIPT = 'content-scripts/compose.js';

/** A `content_scripts` entry of the built manifest, as `runtime.getManifest()` returns it. */
export interface ManifestContentScript {
  matches?: string[];
  js?: string[];
  css?: string[];
  all_frames?: boolean;
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
  run_at?: string;
}

/** The fields of `scripting.RegisteredContentScript` both Chromium and Firefox (128+) take. */
export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  css?: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  runAt?: 'document_start' | 'document_end' | 'document_idle';
}

/**
 * The dynamic content script for the origins staff added: the compose script's
 * manifest entry with their patterns, so its files, frames and timing follow
 * whatever the manifest says. Null when there is nothing to register.
 */
export function addedSitesScript(
  id: string,
  origins: readonly string[],
  manifestScripts: readonly ManifestContentScript[],
): RegisteredScript | null {
  const matches = [...new Set(origins.map(originPattern).filter((pattern) => pattern !== null))];
  if (matches.length === 0) return null;
  const compose = manifestScripts.find((script) => script.js?.includes(COMPOSE_SCRIPT));
  if (!compose?.js) throw new Error(`No ${COMPOSE_SCRIPT} among the manifest's content scripts`);
  return {
    id,
    matches,
    js: compose.js,
    ...(compose.css?.length ? { css: compose.css } : {}),
    allFrames: compose.all_frames ?? false,
    // The API has no matchAboutBlank: matchOriginAsFallback covers about:blank and srcdoc frames too.
    matchOriginAsFallback: compose.match_origin_as_fallback ?? compose.match_about_blank ?? false,
    ...(isRunAt(compose.run_at) ? { runAt: compose.run_at } : {}),
  };
}

function isRunAt(value: string | undefined): value is NonNullable<RegisteredScript['runAt']> {
  return value === 'document_start' || value === 'document_end' || value === 'document_idle';
}
