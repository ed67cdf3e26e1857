/**
 * "vl2code: Generate from Screenshot": asks for an image, a target and an output file, runs the
 * server's `vl2code.generateFromScreenshot` with a cancellable progress notification and opens the
 * result.
 */
import { randomUUID } from "crypto";
import * as path from "path";
import * as vscode from "vscode";
import {
  ExecuteCommandRequest,
  LanguageClient,
  LSPErrorCodes,
  ResponseError,
  WorkDoneProgress,
} from "vscode-languageclient/node";
import { readClipboardImage } from "./clipboard";
import { IMAGE_EXTENSIONS, ServerProtocol, Target, TARGETS } from "./common/constants";
import { errorSummary, logError, logInfo, showLog } from "./common/logging";
import { Vl2codeServer } from "./common/server";
import { defaultOutputUri, referenceComment } from "./common/paths";
import { readSettings } from "./common/settings";
import { GenerateCode } from "./paste";
import { GenerationStatusBar, ProgressSnapshot } from "./statusbar";

/** Hidden arguments of the command, so that keybindings and scripts can skip the questions. */
export interface GenerateArgs {
  image?: string;
  target?: Target;
  output?: string;
}

export interface GenerationRequest {
  /** A file path, or base64 PNG for an image that is not a file (clipboard, paste). */
  image: string;
  /** The file the image came from, for the preview; undefined for clipboard images. */
  imagePath?: string;
  target: Target;
  outputUri: vscode.Uri;
  /** Follow the run in the preview panel (not for pasted images, whose output is temporary). */
  preview: boolean;
}

/** The server's answer (docs/language-server.md). */
export interface GenerationResult {
  outputUri: string;
  score: number | null;
  metrics: Record<string, number> | null;
  rounds: number;
  backend: string;
  target: Target;
  artifactsDir: string | null;
}

/** The structured progress notification `vl2code/generationProgress`. */
export interface GenerationProgress extends ProgressSnapshot {
  token: string;
  message: string;
  tokensPerS: number | null;
}

export interface RunEvent {
  request: GenerationRequest;
  progress?: GenerationProgress;
  result?: GenerationResult;
}

export class GenerationCancelledError extends Error {
  constructor() {
    super("Generation cancelled.");
  }
}

/** Runs generations on the server and reports their progress to the UI. */
export class GenerationRunner implements vscode.Disposable {
  private readonly runs = new Map<string, GenerationRequest>();
  private readonly progressEmitter = new vscode.EventEmitter<RunEvent>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Start, progress and result of each generation this extension runs (not the server's refine actions). */
  readonly onDidProgress = this.progressEmitter.event;

  constructor(
    private readonly server: Vl2codeServer,
    private readonly statusBar: GenerationStatusBar,
  ) {
    this.subscriptions.push(server.onDidChangeClient((client) => client && this.listen(client)));
  }

  /** Runs one generation with a cancellable notification; throws GenerationCancelledError when cancelled. */
  run(request: GenerationRequest, outerToken?: vscode.CancellationToken): Promise<GenerationResult> {
    const label = TARGETS.find((entry) => entry.target === request.target)?.label ?? request.target;
    const title = `vl2code: generating ${label}`;
    return this.server.whileRunning(async () =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title, cancellable: true },
        async (progress, token) => {
          const cancellation = new vscode.CancellationTokenSource();
          const links = [token, outerToken].flatMap((t) => (t ? [t.onCancellationRequested(() => cancellation.cancel())] : []));
          this.statusBar.begin(`generating ${label}`);
          try {
            return await this.send(request, progress, cancellation.token);
          } finally {
            vscode.Disposable.from(...links).dispose();
            cancellation.dispose();
            this.statusBar.end();
          }
        },
      ),
    );
  }

  private async send(
    request: GenerationRequest,
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    token: vscode.CancellationToken,
  ): Promise<GenerationResult> {
    const client = await this.server.getClient();
    const workDoneToken = `vl2code-vscode-${randomUUID()}`;
    this.runs.set(workDoneToken, request);
    let percentage = 0;
    const onProgress = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind === "end") {
        return;
      }
      const increment = value.percentage !== undefined ? Math.max(0, value.percentage - percentage) : undefined;
      percentage = value.percentage ?? percentage;
      progress.report({ message: value.message, increment });
    });
    const params = {
      command: ServerProtocol.generateCommand,
      arguments: [{ image: request.image, target: request.target, outputUri: request.outputUri.toString() }],
      workDoneToken,
    };
    logInfo(`Generating ${request.target} from ${request.imagePath ?? "a pasted image"} into ${request.outputUri.fsPath}`);
    this.progressEmitter.fire({ request });
    try {
      const result = (await client.sendRequest(ExecuteCommandRequest.type, params, token)) as GenerationResult;
      logInfo(`Generated ${result.outputUri}: score ${result.score ?? "n/a"}, ${result.rounds} rounds, ${result.backend}`);
      this.progressEmitter.fire({ request, result });
      return result;
    } catch (error) {
      if (token.isCancellationRequested || (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled)) {
        logInfo("Generation cancelled.");
        throw new GenerationCancelledError();
      }
      throw error;
    } finally {
      onProgress.dispose();
      this.runs.delete(workDoneToken);
    }
  }

  private listen(client: LanguageClient): void {
    client.onNotification(ServerProtocol.progressNotification, (progress: GenerationProgress) => {
      const request = this.runs.get(progress.token);
      if (request !== undefined) {
        this.statusBar.update(progress);
        this.progressEmitter.fire({ request, progress });
      }
    });
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
    this.progressEmitter.dispose();
  }
}

/** The command: each question is skipped when its answer came as an argument. */
export async function generateFromScreenshot(runner: GenerationRunner, args?: GenerateArgs | vscode.Uri): Promise<void> {
  const given: GenerateArgs = args instanceof vscode.Uri ? { image: args.fsPath } : (args ?? {});
  const image = given.image !== undefined ? { image: given.image, imagePath: given.image } : await pickImage();
  if (image === undefined) {
    return;
  }
  const target = given.target ?? (await pickTarget());
  if (target === undefined) {
    return;
  }
  const outputUri = given.output !== undefined ? vscode.Uri.file(given.output) : await pickOutput(image.imagePath, target);
  if (outputUri === undefined) {
    return;
  }
  await generateAndOpen(runner, { ...image, target, outputUri, preview: readSettings(outputUri).openResult });
}

async function generateAndOpen(runner: GenerationRunner, request: GenerationRequest): Promise<void> {
  let result: GenerationResult;
  try {
    result = await runner.run(request);
  } catch (error) {
    if (!(error instanceof GenerationCancelledError)) {
      logError("Generation failed", error);
      void vscode.window
        .showErrorMessage(`vl2code: ${errorSummary(error)}`, "Show Log")
        .then((choice) => choice && showLog());
    }
    return;
  }
  const outputUri = vscode.Uri.parse(result.outputUri);
  const settings = readSettings(outputUri);
  const document = await vscode.workspace.openTextDocument(outputUri);
  const comment = request.imagePath !== undefined ? referenceComment(outputUri.fsPath, request.imagePath) : undefined;
  if (settings.linkReference && comment !== undefined && !/<!--\s*vl2code:/.test(document.getText())) {
    const edit = new vscode.WorkspaceEdit();
    const end = document.lineAt(document.lineCount - 1).range.end;
    edit.insert(outputUri, end, `${document.getText().endsWith("\n") ? "" : "\n"}${comment}\n`);
    await vscode.workspace.applyEdit(edit);
  }
  if (document.isDirty) {
    await document.save();
  }
  const score = result.score === null ? "no score" : `score ${result.score.toFixed(3)}`;
  const rounds = result.rounds === 1 ? "1 refinement round" : `${result.rounds} refinement rounds`;
  void vscode.window.showInformationMessage(
    `vl2code: wrote ${path.basename(outputUri.fsPath)} (${score}, ${rounds}, ${result.backend}).`,
  );
  if (settings.openResult) {
    await vscode.window.showTextDocument(document, { preview: false });
  }
}


type ImageChoice = { image: string; imagePath?: string };

/** An image file from the open dialog, or the clipboard image when the platform can read it. */
async function pickImage(): Promise<ImageChoice | undefined> {
  const clipboard = await readClipboardImage();
  if (clipboard !== undefined) {
    const choice = await vscode.window.showQuickPick(
      [
        { label: "$(file-media) Choose an image file…", fromClipboard: false },
        { label: "$(clippy) Use the image on the clipboard", fromClipboard: true },
      ],
      { title: "vl2code: screenshot to convert" },
    );
    if (choice === undefined) {
      return undefined;
    }
    if (choice.fromClipboard) {
      return { image: clipboard.toString("base64") };
    }
  }
  const picked = await vscode.window.showOpenDialog({
    title: "vl2code: screenshot to convert",
    openLabel: "Convert",
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { Images: [...IMAGE_EXTENSIONS] },
  });
  const file = picked?.[0];
  return file === undefined ? undefined : { image: file.fsPath, imagePath: file.fsPath };
}

async function pickTarget(): Promise<Target | undefined> {
  const items = TARGETS.map((entry) => ({ label: entry.label, detail: entry.detail, target: entry.target }));
  const choice = await vscode.window.showQuickPick(items, { title: "vl2code: generate", placeHolder: "What to generate" });
  return choice?.target;
}

async function pickOutput(imagePath: string | undefined, target: Target): Promise<vscode.Uri | undefined> {
  return vscode.window.showSaveDialog({
    title: "vl2code: save the generated code as",
    saveLabel: "Generate",
    defaultUri: defaultOutputUri(imagePath, target),
    filters: target === "drawio" ? { "draw.io": ["drawio", "xml"] } : { HTML: ["html", "htm"] },
  });
}


/**
 * Generation for a pasted image: the server writes into a scratch file in the extension's storage,
 * whose text becomes the paste; the scratch file is removed afterwards.
 */
export function generateCodeForPaste(runner: GenerationRunner, storage: vscode.Uri): GenerateCode {
  return async (image, target, _document, token) => {
    const folder = vscode.Uri.joinPath(storage, "paste");
    await vscode.workspace.fs.createDirectory(folder);
    const extension = TARGETS.find((entry) => entry.target === target)?.extension ?? "html";
    const outputUri = vscode.Uri.joinPath(folder, `${randomUUID()}.${extension}`);
    const request = { image: Buffer.from(image).toString("base64"), target, outputUri, preview: false };
    try {
      await runner.run(request, token);
      const document = await vscode.workspace.openTextDocument(outputUri);
      const code = document.getText();
      if (document.isDirty) {
        await document.save();
      }
      return code;
    } catch (error) {
      if (!(error instanceof GenerationCancelledError)) {
        logError("Generation for the pasted image failed", error);
        void vscode.window.showErrorMessage(`vl2code: ${errorSummary(error)}`, "Show Log").then((choice) => choice && showLog());
      }
      throw new vscode.CancellationError();
    } finally {
      await vscode.workspace.fs.delete(outputUri).then(undefined, () => undefined);
    }
  };
}
