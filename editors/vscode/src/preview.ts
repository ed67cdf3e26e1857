/**
 * The preview panel: the screenshot, the render of the code and their diff side by side, with the
 * score and its metrics. It follows the running generation (stage, round, score), shows the best
 * round's images when it ends, and asks the server for a fresh comparison (`vl2code/preview`)
 * whenever the previewed document, linked to its screenshot, is saved.
 */
import { promises as fs } from "fs";
import * as path from "path";
import * as vscode from "vscode";
import { ServerProtocol } from "./common/constants";
import { errorSummary, logInfo } from "./common/logging";
import { Vl2codeServer } from "./common/server";
import { GenerationResult, GenerationRunner, RunEvent } from "./generate";
import { describeProgress } from "./statusbar";

/** The `vl2code/preview` result (docs/language-server.md), the parts shown here. */
export interface PreviewResult {
  uri: string;
  referencePath: string;
  render: string;
  reference: string;
  diff: string;
  score: number;
  metrics: Record<string, number>;
  pixel?: { ratio: number };
  mismatches?: { detail: string }[];
}

/** What the webview shows; images are data URIs. */
export interface PreviewState {
  title: string;
  status: string;
  reference?: string;
  render?: string;
  diff?: string;
  score?: number | null;
  metrics?: Record<string, number> | null;
  mismatches?: string[];
}

const PNG = "data:image/png;base64,";

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.Uri | undefined;
  private state: PreviewState = { title: "vl2code preview", status: "" };
  private refreshes = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly server: Vl2codeServer,
    runner: GenerationRunner,
  ) {
    this.subscriptions.push(
      runner.onDidProgress((event) => void this.followRun(event)),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.keepBeside(editor)),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.panel !== undefined && this.document?.toString() === document.uri.toString()) {
          void this.refresh();
        }
      }),
    );
  }

  /** Opens the panel for a document (default: the active editor's) and compares it now. */
  async show(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (target === undefined && this.document === undefined) {
      void vscode.window.showInformationMessage("vl2code: open an HTML or draw.io file to preview it.");
      return;
    }
    this.reveal();
    if (target !== undefined) {
      this.document = target;
      await this.refresh();
    }
  }

  /** Asks the server to render and compare the document as it is now. */
  async refresh(): Promise<void> {
    const uri = this.document;
    if (uri === undefined) {
      return;
    }
    this.refreshes += 1;
    this.update({ title: path.basename(uri.fsPath), status: "comparing…" });
    try {
      const client = await this.server.getClient();
      const result: PreviewResult = await client.sendRequest(ServerProtocol.previewRequest, { uri: uri.toString() });
      this.update(stateFromPreview(result));
    } catch (error) {
      const message = errorSummary(error);
      logInfo(`No preview for ${uri.fsPath}: ${message}`);
      this.update({ status: message });
    }
  }

  private async followRun(event: RunEvent): Promise<void> {
    const { request, progress, result } = event;
    if (!request.preview) {
      return;
    }
    if (result === undefined && progress === undefined) {
      this.document = request.outputUri;
      const reference = request.imagePath !== undefined ? await imageDataUri(request.imagePath) : PNG + request.image;
      this.state = { title: path.basename(request.outputUri.fsPath), status: "starting…", reference };
      this.reveal();
      return;
    }
    if (this.document?.toString() !== request.outputUri.toString()) {
      return;
    }
    if (progress !== undefined) {
      this.update({ status: progress.message || describeProgress(progress), score: progress.score });
      return;
    }
    if (result !== undefined) {
      const refreshesBefore = this.refreshes;
      const images = await stateFromArtifacts(result);
      // A comparison of the saved file that started meanwhile is newer than the run's own images.
      if (this.refreshes === refreshesBefore) {
        this.update({ ...images, status: finishedStatus(result) });
      }
    }
  }

  /** When the previewed document opens in the panel's own column, the panel moves next to it. */
  private keepBeside(editor: vscode.TextEditor | undefined): void {
    const previewed = editor !== undefined && editor.document.uri.toString() === this.document?.toString();
    if (previewed && this.panel !== undefined && this.panel.viewColumn === editor.viewColumn) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
  }

  private reveal(): void {
    if (this.panel !== undefined) {
      this.panel.reveal(undefined, true);
      return;
    }
    this.panel = vscode.window.createWebviewPanel(
      "vl2code.preview",
      "vl2code preview",
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [] },
    );
    this.panel.onDidDispose(() => {
      this.panel = undefined;
    });
    // The page asks for the state once its script runs; messages sent before that would be lost.
    this.panel.webview.onDidReceiveMessage((message) => message === "ready" && this.render());
    this.panel.webview.html = previewHtml(this.panel.webview.cspSource, nonce());
    this.render();
  }

  private update(change: Partial<PreviewState>): void {
    this.state = { ...this.state, ...change };
    this.render();
  }

  private render(): void {
    if (this.panel !== undefined) {
      this.panel.title = `Preview: ${this.state.title}`;
      void this.panel.webview.postMessage(this.state);
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
    this.panel?.dispose();
  }
}

export function stateFromPreview(result: PreviewResult): PreviewState {
  const pixels = result.pixel ? ` · ${(result.pixel.ratio * 100).toFixed(1)}% pixels differ` : "";
  return {
    title: path.basename(vscode.Uri.parse(result.uri).fsPath),
    status: `compared with ${path.basename(result.referencePath)}${pixels}`,
    reference: PNG + result.reference,
    render: PNG + result.render,
    diff: PNG + result.diff,
    score: result.score,
    metrics: result.metrics,
    mismatches: (result.mismatches ?? []).slice(0, 5).map((mismatch) => mismatch.detail),
  };
}

function finishedStatus(result: GenerationResult): string {
  return `done: ${result.rounds} refinement rounds with ${result.backend}`;
}

/** The best round's render and diff from the run's artifacts folder (round-N/render.png, diff.png). */
async function stateFromArtifacts(result: GenerationResult & { roundScores?: (number | null)[] }): Promise<Partial<PreviewState>> {
  const state: Partial<PreviewState> = { score: result.score, metrics: result.metrics };
  if (!result.artifactsDir) {
    return state;
  }
  const scores = result.roundScores ?? [];
  const best = scores.reduce<number>((bestIndex, score, index) => ((score ?? -1) > (scores[bestIndex] ?? -1) ? index : bestIndex), 0);
  const round = path.join(result.artifactsDir, `round-${best}`);
  const [render, diff] = await Promise.all([imageDataUri(path.join(round, "render.png")), imageDataUri(path.join(round, "diff.png"))]);
  return { ...state, render, diff };
}

async function imageDataUri(file: string): Promise<string | undefined> {
  const mime = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp" }[
    path.extname(file).toLowerCase()
  ];
  try {
    return `data:${mime ?? "image/png"};base64,${(await fs.readFile(file)).toString("base64")}`;
  } catch {
    return undefined;
  }
}

function nonce(): string {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 36).toString(36)).join("");
}

function previewHtml(cspSource: string, scriptNonce: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: ${cspSource}; style-src 'unsafe-inline'; script-src 'nonce-${scriptNonce}';">
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 12px; }
  header { display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
  .score { font-size: 1.6em; font-weight: 600; }
  .metrics span { margin-right: 12px; }
  .status { color: var(--vscode-descriptionForeground); }
  .panes { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; margin-top: 12px; }
  figure { margin: 0; }
  figcaption { font-weight: 600; margin-bottom: 4px; }
  img { width: 100%; border: 1px solid var(--vscode-panel-border); background: white; }
  .empty { border: 1px dashed var(--vscode-panel-border); min-height: 120px; display: flex; align-items: center; justify-content: center; }
</style>
</head>
<body>
<header><span class="score" id="score">–</span><span class="metrics" id="metrics"></span><span class="status" id="status"></span></header>
<ul id="mismatches"></ul>
<div class="panes">
  <figure><figcaption>Screenshot</figcaption><div id="reference"></div></figure>
  <figure><figcaption>Render</figcaption><div id="render"></div></figure>
  <figure><figcaption>Diff</figcaption><div id="diff"></div></figure>
</div>
<script nonce="${scriptNonce}">
  const vscode = acquireVsCodeApi();
  const show = (id, src) => {
    const box = document.getElementById(id);
    box.replaceChildren();
    if (src) { const img = document.createElement("img"); img.src = src; img.alt = id; box.append(img); }
    else { box.className = "empty"; box.textContent = "—"; return; }
    box.className = "";
  };
  window.addEventListener("message", (event) => {
    const state = event.data;
    document.getElementById("score").textContent = typeof state.score === "number" ? "score " + state.score.toFixed(3) : "–";
    const metrics = document.getElementById("metrics");
    metrics.replaceChildren(...Object.entries(state.metrics || {}).map(([name, value]) => {
      const span = document.createElement("span"); span.textContent = name + " " + Number(value).toFixed(2); return span;
    }));
    document.getElementById("status").textContent = state.status || "";
    document.getElementById("mismatches").replaceChildren(...(state.mismatches || []).map((text) => {
      const item = document.createElement("li"); item.textContent = text; return item;
    }));
    show("reference", state.reference); show("render", state.render); show("diff", state.diff);
  });
  vscode.postMessage("ready");
</script>
</body>
</html>`;
}
