/** Entry point: wires the language server, the commands, the paste provider and the preview panel. */
import * as vscode from "vscode";
import { API_KEY_SECRET, Commands, SETTINGS_SECTION } from "./common/constants";
import { createLogChannel, logInfo, showLog } from "./common/logging";
import { onDidChangePythonInterpreter } from "./common/python";
import { Vl2codeServer } from "./common/server";
import { readSettings } from "./common/settings";
import { GenerateArgs, generateCodeForPaste, generateFromScreenshot, GenerationRunner } from "./generate";
import { IMAGE_MIME_TYPES, PASTE_SELECTOR, pasteEditKind, ScreenshotPasteProvider } from "./paste";
import { PreviewPanel } from "./preview";
import { GenerationStatusBar } from "./statusbar";

export function activate(context: vscode.ExtensionContext): void {
  const log = createLogChannel();
  const server = new Vl2codeServer(context.secrets, log);
  const statusBar = new GenerationStatusBar();
  const runner = new GenerationRunner(server, statusBar);
  const preview = new PreviewPanel(server, runner);
  const pasteProvider = new ScreenshotPasteProvider(generateCodeForPaste(runner, context.globalStorageUri));

  context.subscriptions.push(
    log,
    server,
    statusBar,
    runner,
    preview,
    vscode.commands.registerCommand(Commands.generateFromScreenshot, (args?: GenerateArgs | vscode.Uri) =>
      generateFromScreenshot(runner, args),
    ),
    vscode.commands.registerCommand(Commands.showPreview, (uri?: vscode.Uri) => preview.show(uri)),
    vscode.commands.registerCommand(Commands.restartServer, () => server.restart()),
    vscode.commands.registerCommand(Commands.setApiKey, () => setApiKey(context.secrets)),
    vscode.commands.registerCommand(Commands.showLog, showLog),
    vscode.languages.registerDocumentPasteEditProvider(PASTE_SELECTOR, pasteProvider, {
      providedPasteEditKinds: [pasteEditKind()],
      pasteMimeTypes: [...IMAGE_MIME_TYPES],
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SETTINGS_SECTION}.interpreter`)) {
        server.scheduleRestart("vl2code.interpreter changed");
      } else if (event.affectsConfiguration(SETTINGS_SECTION)) {
        void server.pushSettings();
      }
    }),
    context.secrets.onDidChange((event) => {
      if (event.key === API_KEY_SECRET) {
        void server.pushSettings();
      }
    }),
  );

  // The Python extension is active once the first start has asked it for its interpreter.
  void server.start().then(() => {
    context.subscriptions.push(
      onDidChangePythonInterpreter(() => {
        if (readSettings().interpreter === "") {
          server.scheduleRestart("the Python extension's interpreter changed");
        }
      }),
    );
  });
  logInfo("vl2code extension activated.");
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions; the server is stopped there.
}

async function setApiKey(secrets: vscode.SecretStorage): Promise<void> {
  const key = await vscode.window.showInputBox({
    title: "vl2code: API key for the OpenAI-compatible server",
    prompt: "Kept in the editor's secret storage and sent only to the vl2code language server. Leave empty to remove it.",
    password: true,
    ignoreFocusOut: true,
  });
  if (key === undefined) {
    return;
  }
  if (key.trim() === "") {
    await secrets.delete(API_KEY_SECRET);
    void vscode.window.showInformationMessage("vl2code: API key removed.");
  } else {
    await secrets.store(API_KEY_SECRET, key.trim());
    void vscode.window.showInformationMessage("vl2code: API key saved.");
  }
}
