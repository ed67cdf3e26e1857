/** One output channel ("vl2code") for the extension and the language server it starts. */
import * as vscode from "vscode";
import { EXTENSION_NAME } from "./constants";

let channel: vscode.LogOutputChannel | undefined;

export function createLogChannel(): vscode.LogOutputChannel {
  channel = vscode.window.createOutputChannel(EXTENSION_NAME, { log: true });
  return channel;
}

export function logInfo(message: string): void {
  channel?.info(message);
}

export function logWarning(message: string): void {
  channel?.warn(message);
}

export function logError(message: string, error?: unknown): void {
  channel?.error(error === undefined ? message : `${message}: ${describeError(error)}`);
}

export function showLog(): void {
  channel?.show(true);
}

/** The first line of an error, for notifications (the log keeps all of it). */
export function errorSummary(error: unknown): string {
  return describeError(error).split("\n", 1)[0].trim();
}

/** A description of anything thrown, for the log. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }
  if (typeof error === "object" && error !== null && "message" in error) {
    return String(error.message);
  }
  return String(error);
}
