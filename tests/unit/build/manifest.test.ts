import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

// Issue 12, point 11: signatures need WebCrypto Ed25519 (Chrome 137+, Firefox 129+).
const manifestFor = (browser: string) => (config.manifest as (env: { browser: string }) => Record<string, unknown>)({ browser });

describe('manifest minimum browser versions', () => {
  it('Chromium builds ask for Chrome 137, the first with WebCrypto Ed25519', () => {
    expect(manifestFor('chrome').minimum_chrome_version).toBe('137');
  });

  it('Firefox builds leave out the Chromium key and ask for a version with Ed25519 (129+)', () => {
    const m = manifestFor('firefox');
    expect(m.minimum_chrome_version).toBeUndefined();
    const gecko = (m.browser_specific_settings as { gecko: { strict_min_version: string } }).gecko;
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(129);
  });
});
