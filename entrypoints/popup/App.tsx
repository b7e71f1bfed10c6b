import { browser } from 'wxt/browser';

// Placeholder popup: the findings view arrives with issue 3.
export function App() {
  return (
    <main>
      <h1>{browser.i18n.getMessage('extName')}</h1>
      <p>{browser.i18n.getMessage('popupPlaceholder')}</p>
    </main>
  );
}
