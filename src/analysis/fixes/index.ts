// The fix API the editor and the CLI use; rules import the builders from their own modules.
export { addOriginActions, type AddOriginAction } from './add-origin';
export { applyEdits, applyFixes, type ApplyResult } from './apply';
export { autoFix, fixFile, type AppliedFix, type FixFileResult } from './fix-file';
