// Imported first by extension.ts so its timestamp is taken before the rest of the bundle evaluates:
// activation time then covers loading the code, not only the activate() call.
export const BUNDLE_LOAD_STARTED = performance.now();
