// Unicode bidirectional controls reorder the text around them when it is displayed ("Trojan Source",
// CVE-2021-42574). A header value from a server, a pasted console message or a string in the code
// could then make a report read differently from what it holds, so every one is shown as its code
// point instead. Pure (no vscode): the webviews' HTML and the hovers' Markdown both use it.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `value` with each bidi control written out visibly, as `<U+202E>`. */
export function showBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, c => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
