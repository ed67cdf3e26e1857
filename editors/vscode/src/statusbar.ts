/** A status bar item that is visible while a generation runs and shows its stage, round and score. */
import * as vscode from "vscode";
import { Commands } from "./common/constants";

export interface ProgressSnapshot {
  stage: string;
  round: number;
  totalRounds: number;
  score: number | null;
}

export class GenerationStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("vl2code.generation", vscode.StatusBarAlignment.Left, 10);
  private running = 0;

  constructor() {
    this.item.name = "vl2code generation";
    this.item.command = Commands.showPreview;
    this.item.tooltip = "vl2code is generating code from a screenshot: click for the preview";
  }

  begin(title: string): void {
    this.running += 1;
    this.item.text = `$(loading~spin) vl2code: ${title}`;
    this.item.show();
  }

  update(progress: ProgressSnapshot): void {
    this.item.text = `$(loading~spin) vl2code: ${describeProgress(progress)}`;
  }

  end(): void {
    this.running = Math.max(0, this.running - 1);
    if (this.running === 0) {
      this.item.hide();
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}

/** "refine 1/2 · 0.874": short enough for the status bar. */
export function describeProgress(progress: ProgressSnapshot): string {
  const rounds = progress.totalRounds > 0 ? ` ${progress.round}/${progress.totalRounds}` : "";
  const score = progress.score === null ? "" : ` · ${progress.score.toFixed(3)}`;
  return `${progress.stage}${rounds}${score}`;
}
