/**
 * Pasting a screenshot into an HTML or draw.io editor offers "Generate code from screenshot" next
 * to the other ways to paste. Choosing it runs a generation on the pasted image and inserts the
 * code where the image was pasted.
 */
import * as vscode from "vscode";
import { Target } from "./common/constants";

export const IMAGE_MIME_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export const PASTE_EDIT_TITLE = "Generate code from screenshot";

/** Where the provider is offered: HTML files, and draw.io files (whatever language VS Code gives them). */
export const PASTE_SELECTOR: vscode.DocumentSelector = [{ language: "html" }, { pattern: "**/*.drawio" }];

/** Turns image bytes into code for a document; rejects when cancelled or failed. */
export type GenerateCode = (
  image: Uint8Array,
  target: Target,
  document: vscode.TextDocument,
  token: vscode.CancellationToken,
) => Promise<string>;

export class ScreenshotPasteEdit extends vscode.DocumentPasteEdit {
  constructor(
    readonly image: Uint8Array,
    readonly target: Target,
    readonly document: vscode.TextDocument,
  ) {
    super("", PASTE_EDIT_TITLE, pasteEditKind());
    // Text on the clipboard besides the image (e.g. copied from a browser) stays the default.
    this.yieldTo = [vscode.DocumentDropOrPasteEditKind.Text];
  }
}

export function pasteEditKind(): vscode.DocumentDropOrPasteEditKind {
  return vscode.DocumentDropOrPasteEditKind.Empty.append("vl2code", "generate");
}

export class ScreenshotPasteProvider implements vscode.DocumentPasteEditProvider<ScreenshotPasteEdit> {
  constructor(private readonly generate: GenerateCode) {}

  /** Reads the image now: the pasted data is gone by the time the edit is resolved. */
  async provideDocumentPasteEdits(
    document: vscode.TextDocument,
    _ranges: readonly vscode.Range[],
    dataTransfer: vscode.DataTransfer,
    _context: vscode.DocumentPasteEditContext,
    token: vscode.CancellationToken,
  ): Promise<ScreenshotPasteEdit[] | undefined> {
    const file = pastedImage(dataTransfer);
    const target = targetForDocument(document);
    if (file === undefined || target === undefined) {
      return undefined;
    }
    const image = await file.data();
    return token.isCancellationRequested ? undefined : [new ScreenshotPasteEdit(image, target, document)];
  }

  /** The generation runs only when this edit is chosen (or is the only one), not on every paste. */
  async resolveDocumentPasteEdit(edit: ScreenshotPasteEdit, token: vscode.CancellationToken): Promise<ScreenshotPasteEdit> {
    edit.insertText = await this.generate(edit.image, edit.target, edit.document, token);
    return edit;
  }
}

export function pastedImage(dataTransfer: vscode.DataTransfer): vscode.DataTransferFile | undefined {
  for (const mime of IMAGE_MIME_TYPES) {
    const file = dataTransfer.get(mime)?.asFile();
    if (file !== undefined) {
      return file;
    }
  }
  return undefined;
}

/**
 * What to generate for a document: draw.io for diagrams, Tailwind for pages that already use it,
 * else HTML. A diagram file holds one whole diagram, so only an empty one is offered the paste.
 */
export function targetForDocument(document: vscode.TextDocument): Target | undefined {
  const text = document.getText();
  if (document.uri.path.toLowerCase().endsWith(".drawio")) {
    return text.trim() === "" ? "drawio" : undefined;
  }
  if (document.languageId === "html") {
    return /tailwind/i.test(text) ? "tailwind" : "html";
  }
  return undefined;
}
