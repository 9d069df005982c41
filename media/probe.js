// Webview side of the probe report: asks the extension to copy a curl command, open a
// configuration site or the one that answered, or apply that site's fix. No data is rendered here; the HTML arrives escaped from the extension.
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    if (target.dataset.copy !== undefined) {
      const pre = target.parentElement && target.parentElement.querySelector('pre');
      if (pre) vscode.postMessage({ type: 'copy', text: pre.textContent || '' });
    } else if (target.dataset.site !== undefined) {
      vscode.postMessage({ type: 'open-site', index: Number(target.dataset.site) });
    } else if (target.dataset.answer !== undefined) {
      vscode.postMessage({ type: 'open-answer' });
    } else if (target.dataset.fix !== undefined) {
      vscode.postMessage({ type: 'apply-fix' });
    }
  });
})();
