/**
 * The extension's settings and the options object the language server reads from them
 * (`initializationOptions` and `workspace/didChangeConfiguration`, docs/language-server.md).
 */
import * as os from "os";
import * as path from "path";
import * as vscode from "vscode";
import { SETTINGS_SECTION } from "./constants";

export type Backend = "auto" | "local" | "openai" | "layout";
export type Quantization = "none" | "4bit" | "8bit";

export interface ExtensionSettings {
  /** An interpreter path with variables expanded, or "" when the user left it to discovery. */
  interpreter: string;
  backend: Backend;
  draftModel: string;
  refineModel: string;
  openaiBaseUrl: string;
  openaiModel: string;
  quantization: Quantization;
  refineRounds: number;
  targetScore: number;
  openResult: boolean;
  linkReference: boolean;
}

/** Settings whose change requires a new server process (the others are pushed to the running one). */
export const RESTART_SETTINGS = ["interpreter"] as const;

export function readSettings(scope?: vscode.ConfigurationScope): ExtensionSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return {
    interpreter: expandPath(config.get<string>("interpreter", "").trim(), scope),
    backend: config.get<Backend>("backend", "auto"),
    draftModel: config.get<string>("draftModel", "").trim(),
    refineModel: config.get<string>("refineModel", "").trim(),
    openaiBaseUrl: config.get<string>("openai.baseUrl", "").trim(),
    openaiModel: config.get<string>("openai.model", "").trim(),
    quantization: config.get<Quantization>("quantization", "none"),
    refineRounds: config.get<number>("refineRounds", 2),
    targetScore: config.get<number>("targetScore", 0.95),
    openResult: config.get<boolean>("openResult", true),
    linkReference: config.get<boolean>("linkReference", true),
  };
}

/**
 * The server's options object. Empty strings mean "not set here", so they are left out and the
 * server keeps its own default or the project's vl2code.toml value.
 */
export function serverOptions(settings: ExtensionSettings, apiKey: string | undefined): Record<string, unknown> {
  return {
    generation: {
      backend: settings.backend,
      refineRounds: settings.refineRounds,
      targetScore: settings.targetScore,
    },
    model: withoutEmpty({
      draftModel: settings.draftModel,
      refineModel: settings.refineModel,
      quantization: settings.quantization,
    }),
    openai: withoutEmpty({
      baseUrl: settings.openaiBaseUrl,
      model: settings.openaiModel,
      apiKey: apiKey ?? "",
    }),
  };
}

function withoutEmpty(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));
}

/**
 * Expands `${workspaceFolder}`, `${userHome}`, `~` and `${env:NAME}`; a relative path is taken
 * relative to the workspace folder, as VS Code does for its own interpreter settings.
 */
export function expandPath(value: string, scope?: vscode.ConfigurationScope): string {
  if (value === "") {
    return value;
  }
  const folder = workspaceFolderFor(scope);
  let expanded = value
    .replace(/\$\{workspaceFolder\}/g, folder ?? "")
    .replace(/\$\{userHome\}/g, os.homedir())
    .replace(/\$\{env:([^}]+)\}/g, (_match, name: string) => process.env[name] ?? "");
  if (expanded === "~" || expanded.startsWith("~/")) {
    expanded = path.join(os.homedir(), expanded.slice(1));
  }
  const looksLikePath = expanded.includes("/") || expanded.includes("\\");
  if (looksLikePath && !path.isAbsolute(expanded) && folder !== undefined) {
    expanded = path.resolve(folder, expanded);
  }
  return expanded;
}

function workspaceFolderFor(scope?: vscode.ConfigurationScope): string | undefined {
  const uri = scope instanceof vscode.Uri ? scope : undefined;
  const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.fsPath;
}
