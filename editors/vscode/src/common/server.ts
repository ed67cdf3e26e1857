/**
 * Starts, restarts and stops the vl2code language server (`<python> -m vl2code serve` on stdio),
 * and tells the user what to install when the interpreter cannot run it.
 */
import * as vscode from "vscode";
import {
  CancellationTokenSource,
  DidChangeConfigurationNotification,
  DynamicFeature,
  ExecuteCommandRegistrationOptions,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  RegistrationData,
  ResponseError,
  ServerOptions,
  ShowDocumentParams,
  ShowDocumentRequest,
  ShowDocumentResult,
  StaticFeature,
} from "vscode-languageclient/node";
import { API_KEY_SECRET, Commands, EXTENSION_NAME, PYTHON_EXTENSION_ID } from "./constants";
import { logError, logInfo, showLog } from "./logging";
import { checkVl2codeInstalled, findInterpreter, InstallCheck, Interpreter, pipInstallCommand } from "./python";
import { RestartScheduler } from "./restart";
import { readSettings, serverOptions } from "./settings";

const RESTART_DELAY_MS = 750;

/** The documents the server checks against reference screenshots. */
export const DOCUMENT_SELECTOR = [
  { scheme: "file", language: "html" },
  { scheme: "file", language: "xml" },
  { scheme: "file", pattern: "**/*.drawio" },
];

export class ServerNotRunningError extends Error {}

/**
 * A LanguageClient that leaves the commands this extension contributes itself (same names as the
 * server's) to the extension, instead of registering them a second time for the server.
 */
class Vl2codeLanguageClient extends LanguageClient {
  override registerFeature(feature: StaticFeature | DynamicFeature<unknown>): void {
    if ("registrationType" in feature && feature.registrationType.method === ExecuteCommandRequest.method) {
      const executeCommands = feature as DynamicFeature<ExecuteCommandRegistrationOptions>;
      const register = executeCommands.register.bind(executeCommands);
      const own = new Set<string>(Object.values(Commands));
      executeCommands.register = (data: RegistrationData<ExecuteCommandRegistrationOptions>) =>
        register({
          ...data,
          registerOptions: {
            ...data.registerOptions,
            commands: data.registerOptions.commands.filter((command) => !own.has(command)),
          },
        });
    }
    super.registerFeature(feature);
  }
}

export class Vl2codeServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient | undefined> | undefined;
  private readonly restarts = new RestartScheduler(() => this.restart(), RESTART_DELAY_MS);
  private readonly clientChanged = new vscode.EventEmitter<LanguageClient | undefined>();

  /** Fires with the new client after each (re)start, and with undefined when it stops. */
  readonly onDidChangeClient = this.clientChanged.event;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The running client, starting the server first if needed; throws when it cannot run. */
  async getClient(): Promise<LanguageClient> {
    const client = this.client ?? (await (this.starting ?? this.start()));
    if (client === undefined) {
      throw new ServerNotRunningError("The vl2code language server is not running: see the vl2code output.");
    }
    return client;
  }

  start(): Promise<LanguageClient | undefined> {
    this.starting ??= this.startClient().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /** Restarts after a short quiet period, and not while a generation runs (it would be lost). */
  scheduleRestart(reason: string): void {
    logInfo(`Restart requested: ${reason}`);
    this.restarts.schedule();
  }

  async restart(): Promise<void> {
    this.restarts.cancel();
    await this.starting;
    await this.stop();
    await this.start();
  }

  /** Sends the current settings (and API key) to the running server. */
  async pushSettings(): Promise<void> {
    const client = this.client;
    if (client === undefined) {
      return;
    }
    const settings = { [EXTENSION_NAME]: serverOptions(readSettings(), await this.secrets.get(API_KEY_SECRET)) };
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /** Runs work that needs the server, so that a restart waits for it. */
  whileRunning<T>(work: () => Promise<T>): Promise<T> {
    return this.restarts.whileBusy(work);
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) {
      return;
    }
    this.clientChanged.fire(undefined);
    try {
      await client.stop(5_000);
    } catch (error) {
      logError("Stopping the language server failed", error);
    }
  }

  dispose(): void {
    this.restarts.cancel();
    void this.stop();
    this.clientChanged.dispose();
  }

  private async startClient(): Promise<LanguageClient | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const settings = readSettings(folder?.uri);
    const interpreter = await findInterpreter(settings.interpreter, folder?.uri);
    logInfo(`Python interpreter (${interpreter.source}): ${interpreter.command.join(" ")}`);
    const check = await checkVl2codeInstalled(interpreter);
    if (check.status !== "installed") {
      void offerFix(interpreter, check);
      return undefined;
    }
    const [executable, ...args] = interpreter.command;
    const server: ServerOptions = {
      command: executable,
      args: [...args, "-m", "vl2code", "serve"],
      options: { cwd: folder?.uri.fsPath, env: { ...process.env, PYTHONUNBUFFERED: "1" } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.log,
      initializationOptions: serverOptions(settings, await this.secrets.get(API_KEY_SECRET)),
      middleware: { window: { showDocument: openImagesOutsideTextEditor } },
      // A server that fails to initialize fails the same way again: no retries; the log says why.
      initializationFailedHandler: () => false,
    };
    const client = new Vl2codeLanguageClient(EXTENSION_NAME, "vl2code", server, clientOptions);
    try {
      await client.start();
    } catch (error) {
      // The client has already shown a notification that leads to the log.
      logError("The language server did not start", error);
      return undefined;
    }
    logInfo(`Language server started: ${[executable, ...server.args!].join(" ")}`);
    this.client = client;
    this.clientChanged.fire(client);
    return client;
  }
}

/** The server shows diff PNGs with window/showDocument; a text editor cannot open those. */
async function openImagesOutsideTextEditor(
  params: ShowDocumentParams,
  next: ShowDocumentRequest.HandlerSignature,
): Promise<ShowDocumentResult> {
  if (!params.external && /\.(png|jpe?g|webp)$/i.test(params.uri)) {
    await vscode.commands.executeCommand("vscode.open", vscode.Uri.parse(params.uri), vscode.ViewColumn.Beside);
    return { success: true };
  }
  const result = await next(params, new CancellationTokenSource().token);
  return result instanceof ResponseError ? { success: false } : result;
}

/** Says what is missing and offers the fix: install vl2code, or pick another interpreter. */
async function offerFix(interpreter: Interpreter, check: Exclude<InstallCheck, { status: "installed" }>): Promise<void> {
  const python = interpreter.command.join(" ");
  const install = "Install vl2code";
  const select = "Select Interpreter";
  const message =
    check.status === "missing-interpreter"
      ? `vl2code: the Python interpreter "${python}" was not found. Set "vl2code.interpreter" to a Python that has vl2code installed.`
      : `vl2code is not installed in ${python}. Install it there with "pip install vl2code", or select another interpreter.`;
  const actions = check.status === "missing-interpreter" ? [select, "Show Log"] : [install, select, "Show Log"];
  const choice = await vscode.window.showErrorMessage(message, ...actions);
  if (choice === install) {
    const terminal = vscode.window.createTerminal({ name: "vl2code: install" });
    terminal.show();
    terminal.sendText(pipInstallCommand(interpreter));
    void vscode.window.showInformationMessage('When the install has finished, run "vl2code: Restart Server".', "Restart Server")
      .then((again) => again && vscode.commands.executeCommand(Commands.restartServer));
  } else if (choice === select) {
    await selectInterpreter();
  } else if (choice === "Show Log") {
    showLog();
  }
}

async function selectInterpreter(): Promise<void> {
  if (vscode.extensions.getExtension(PYTHON_EXTENSION_ID) !== undefined) {
    await vscode.commands.executeCommand("python.setInterpreter");
  } else {
    await vscode.commands.executeCommand("workbench.action.openSettings", "vl2code.interpreter");
  }
}
