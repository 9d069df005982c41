// The gate every written fix passes: tree-sitter, in the file's own language, finds no ERROR or
// MISSING node, within the parse's time. A file that already has one is never fixed (its tree puts a half-typed function's
// statements at module level, so an edit meant for the function would land outside it).
import type { LanguageId } from '../model/policy';
import { languageFromPath, withTree } from '../parse/parser';

export async function parsesCleanly(text: string, language: LanguageId): Promise<boolean> {
  // A parse cut short by its time budget is of a blanked text: that the rest parses proves nothing.
  return withTree(text, language, (tree, cut) => !cut && !tree.rootNode.hasError);
}

/** The same for a file named `file`; false when its language is none CORS Lens parses. */
export async function fileParsesCleanly(file: string, text: string): Promise<boolean> {
  const language = languageFromPath(file);
  return language !== undefined && parsesCleanly(text, language);
}
