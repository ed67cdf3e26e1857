/** Where generated code goes, and the comment that links it to its screenshot. */
import * as path from "path";
import * as vscode from "vscode";
import { Target, TARGETS } from "./constants";

/** Next to the image with the same stem, else in the first workspace folder. */
export function defaultOutputUri(imagePath: string | undefined, target: Target): vscode.Uri | undefined {
  const extension = TARGETS.find((entry) => entry.target === target)?.extension ?? "html";
  if (imagePath !== undefined) {
    const parsed = path.parse(imagePath);
    return vscode.Uri.file(path.join(parsed.dir, `${parsed.name}.${extension}`));
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder === undefined ? undefined : vscode.Uri.joinPath(folder, `screenshot.${extension}`);
}

/**
 * The comment that links generated code to its screenshot, so that the language server keeps
 * comparing the file with it (diagnostics, preview). It goes after the last element, where it
 * changes nothing in the page or diagram. Undefined when the path cannot be written in a comment.
 */
export function referenceComment(outputPath: string, imagePath: string): string | undefined {
  const relative = path.relative(path.dirname(outputPath), imagePath).split(path.sep).join("/");
  if (relative.includes("--") || relative.includes('"')) {
    return undefined;
  }
  const value = /\s/.test(relative) ? `"${relative}"` : relative;
  return `<!-- vl2code: reference=${value} -->`;
}
