/**
 * Prints the record's own printable page (lib/incident/record.ts `incidentToHtml`), not the
 * incident page: an off-screen frame, same-origin through srcdoc, so the record's own print
 * styles apply. The record's meta CSP allows no script and no request inside the frame.
 * The frame goes after printing, or when the next print replaces it.
 */
export function printRecord(html: string): void {
  document.querySelector('iframe.postguard-print')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'postguard-print';
  frame.title = 'Incident record';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;';
  frame.addEventListener(
    'load',
    () => {
      const view = frame.contentWindow;
      if (!view) return frame.remove();
      view.addEventListener('afterprint', () => frame.remove(), { once: true });
      view.focus();
      view.print();
    },
    { once: true },
  );
  frame.srcdoc = html;
  document.body.append(frame);
}
