// Webview side of "Explain CORS error": asks the extension to open the answering site (or the line
// that decides) or to apply the fix. No data is rendered here; the HTML arrives escaped from the extension.
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    if (target.dataset.open === 'site' || target.dataset.open === 'cause') {
      vscode.postMessage({ type: 'open', which: target.dataset.open });
    } else if (target.dataset.fix !== undefined) {
      vscode.postMessage({ type: 'apply-fix' });
    }
  });
})();
