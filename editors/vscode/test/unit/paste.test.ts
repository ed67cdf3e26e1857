import * as assert from "assert";
import type * as vscode from "vscode";
import type { Target } from "../../src/common/constants";
import {
  pasteEditKind,
  PASTE_EDIT_TITLE,
  ScreenshotPasteEdit,
  ScreenshotPasteProvider,
  targetForDocument,
} from "../../src/paste";
import {
  CancellationTokenSource,
  DataTransfer,
  DataTransferItem,
  DocumentDropOrPasteEditKind,
  Uri,
} from "./mock/vscode";

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

class FileItem extends DataTransferItem {
  constructor(private readonly bytes: Uint8Array) {
    super(bytes);
  }

  override asFile() {
    return { name: "image.png", data: () => Promise.resolve(this.bytes) };
  }
}

function documentOf(file: string, languageId: string, text = ""): vscode.TextDocument {
  return { uri: Uri.file(file), languageId, getText: () => text } as unknown as vscode.TextDocument;
}

function clipboard(items: Record<string, DataTransferItem>): vscode.DataTransfer {
  const transfer = new DataTransfer();
  Object.entries(items).forEach(([mime, item]) => transfer.set(mime, item));
  return transfer as unknown as vscode.DataTransfer;
}

interface GenerateCall {
  image: Uint8Array;
  target: Target;
  document: vscode.TextDocument;
}

function provider(code = "<!DOCTYPE html><p>Hello</p>") {
  const calls: GenerateCall[] = [];
  const instance = new ScreenshotPasteProvider((image, target, document) => {
    calls.push({ image, target, document });
    return Promise.resolve(code);
  });
  return { instance, calls };
}

function provide(
  instance: ScreenshotPasteProvider,
  document: vscode.TextDocument,
  transfer: vscode.DataTransfer,
): Promise<ScreenshotPasteEdit[] | undefined> {
  const token = new CancellationTokenSource().token as unknown as vscode.CancellationToken;
  return instance.provideDocumentPasteEdits(document, [], transfer, { only: undefined, triggerKind: 0 }, token);
}

describe("paste provider", () => {
  it("offers 'Generate code from screenshot' for an image pasted into HTML, with the image read", async () => {
    const { instance } = provider();
    const edits = await provide(instance, documentOf("/site/index.html", "html"), clipboard({ "image/png": new FileItem(PNG_BYTES) }));
    assert.strictEqual(edits?.length, 1);
    const [edit] = edits;
    assert.strictEqual(edit.title, PASTE_EDIT_TITLE);
    assert.strictEqual(edit.kind.value, "vl2code.generate");
    assert.strictEqual(edit.target, "html");
    assert.strictEqual(edit.insertText, "", "nothing is generated before the edit is chosen");
    assert.deepStrictEqual(Array.from(edit.image), Array.from(PNG_BYTES));
  });

  it("yields to plain text pasted with the image, so it never replaces the ordinary paste", async () => {
    const { instance } = provider();
    const [edit] = (await provide(instance, documentOf("/site/a.html", "html"), clipboard({ "image/png": new FileItem(PNG_BYTES) })))!;
    assert.deepStrictEqual(edit.yieldTo?.map((kind) => kind.value), [DocumentDropOrPasteEditKind.Text.value]);
  });

  it("accepts JPEG and WebP too", async () => {
    const { instance } = provider();
    for (const mime of ["image/jpeg", "image/webp"]) {
      const edits = await provide(instance, documentOf("/site/a.html", "html"), clipboard({ [mime]: new FileItem(PNG_BYTES) }));
      assert.strictEqual(edits?.length, 1, mime);
    }
  });

  it("offers nothing for text, or for an image item that is not a file", async () => {
    const { instance } = provider();
    const document = documentOf("/site/a.html", "html");
    assert.strictEqual(await provide(instance, document, clipboard({ "text/plain": new DataTransferItem("hello") })), undefined);
    assert.strictEqual(await provide(instance, document, clipboard({ "image/png": new DataTransferItem("not a file") })), undefined);
  });

  it("generates only when the edit is resolved, and inserts the generated code", async () => {
    const { instance, calls } = provider("<!DOCTYPE html><h1>Pricing</h1>");
    const document = documentOf("/site/pricing.html", "html", "<script src='https://cdn.tailwindcss.com'></script>");
    const [edit] = (await provide(instance, document, clipboard({ "image/png": new FileItem(PNG_BYTES) })))!;
    assert.strictEqual(calls.length, 0);
    const token = new CancellationTokenSource().token as unknown as vscode.CancellationToken;
    const resolved = await instance.resolveDocumentPasteEdit(edit, token);
    assert.strictEqual(resolved.insertText, "<!DOCTYPE html><h1>Pricing</h1>");
    assert.strictEqual(calls.length, 1);
    assert.deepStrictEqual(Array.from(calls[0].image), Array.from(PNG_BYTES));
    assert.strictEqual(calls[0].target, "tailwind");
    assert.strictEqual(calls[0].document, document);
  });

  it("does not need the pasted data any more when the edit is resolved", async () => {
    // VS Code drops the clipboard data once the edits are provided ("No data transfer found").
    let pasteOver = false;
    class ShortLivedFile extends FileItem {
      override asFile() {
        return { name: "image.png", data: () => (pasteOver ? Promise.reject(new Error("No data transfer found")) : Promise.resolve(PNG_BYTES)) };
      }
    }
    const { instance, calls } = provider();
    const [edit] = (await provide(instance, documentOf("/site/a.html", "html"), clipboard({ "image/png": new ShortLivedFile(PNG_BYTES) })))!;
    pasteOver = true;
    const token = new CancellationTokenSource().token as unknown as vscode.CancellationToken;
    await instance.resolveDocumentPasteEdit(edit, token);
    assert.deepStrictEqual(Array.from(calls[0].image), Array.from(PNG_BYTES));
  });

  it("lets a failed or cancelled generation abort the paste", async () => {
    const instance = new ScreenshotPasteProvider(() => Promise.reject(new Error("cancelled")));
    const [edit] = (await provide(instance, documentOf("/site/a.html", "html"), clipboard({ "image/png": new FileItem(PNG_BYTES) })))!;
    const token = new CancellationTokenSource().token as unknown as vscode.CancellationToken;
    await assert.rejects(instance.resolveDocumentPasteEdit(edit, token), /cancelled/);
  });

  it("uses a kind under its own namespace", () => {
    assert.strictEqual(pasteEditKind().value, "vl2code.generate");
  });
});

describe("target for the pasted screenshot", () => {
  it("is HTML for HTML files, Tailwind when the page already uses Tailwind", () => {
    assert.strictEqual(targetForDocument(documentOf("/a.html", "html", "<p>x</p>")), "html");
    assert.strictEqual(targetForDocument(documentOf("/a.html", "html", '<div class="flex p-4">')), "html");
    assert.strictEqual(targetForDocument(documentOf("/a.html", "html", "<script src=https://cdn.tailwindcss.com>")), "tailwind");
  });

  it("is draw.io for an empty .drawio file only", () => {
    assert.strictEqual(targetForDocument(documentOf("/d/flow.drawio", "xml", "  \n")), "drawio");
    assert.strictEqual(targetForDocument(documentOf("/d/flow.drawio", "plaintext", "")), "drawio");
    assert.strictEqual(targetForDocument(documentOf("/d/flow.drawio", "xml", "<mxfile><diagram/></mxfile>")), undefined);
  });

  it("is nothing for other files", () => {
    assert.strictEqual(targetForDocument(documentOf("/pom.xml", "xml", "")), undefined);
    assert.strictEqual(targetForDocument(documentOf("/notes.md", "markdown", "")), undefined);
  });
});
