/**
 * Which Python runs the language server: the `vl2code.interpreter` setting, else the interpreter
 * selected in the Python extension, else `python3`; and whether vl2code is installed in it.
 */
import { execFile } from "child_process";
import * as vscode from "vscode";
import { PYTHON_EXTENSION_ID } from "./constants";
import { describeError, logInfo, logWarning } from "./logging";

export type InterpreterSource = "setting" | "python-extension" | "default";

export interface Interpreter {
  /** The executable followed by any arguments it needs (e.g. `conda run -n env python`). */
  command: string[];
  source: InterpreterSource;
}

/** The parts of the Python extension's API (`ms-python.python` exports) used here. */
interface PythonExtensionApi {
  ready?: Promise<void>;
  environments?: {
    getActiveEnvironmentPath(resource?: vscode.Uri): { id: string; path: string };
    resolveEnvironment(
      environment: { id: string; path: string } | string,
    ): Promise<{ executable: { uri?: vscode.Uri } } | undefined>;
    onDidChangeActiveEnvironmentPath?: vscode.Event<unknown>;
  };
  settings?: {
    getExecutionDetails(resource?: vscode.Uri): { execCommand: string[] | undefined };
    onDidChangeExecutionDetails?: vscode.Event<unknown>;
  };
}

const PYTHON_API_TIMEOUT_MS = 15_000;

export function defaultPython(platform: NodeJS.Platform = process.platform): string {
  return platform === "win32" ? "python" : "python3";
}

export async function findInterpreter(configured: string, resource?: vscode.Uri): Promise<Interpreter> {
  if (configured !== "") {
    return { command: [configured], source: "setting" };
  }
  const fromPythonExtension = await pythonExtensionInterpreter(resource);
  if (fromPythonExtension !== undefined) {
    return { command: fromPythonExtension, source: "python-extension" };
  }
  return { command: [defaultPython()], source: "default" };
}

/** The Python extension's active interpreter, or undefined when it is absent or has none. */
export async function pythonExtensionInterpreter(resource?: vscode.Uri): Promise<string[] | undefined> {
  const api = await pythonExtensionApi();
  if (api === undefined) {
    return undefined;
  }
  try {
    if (api.environments !== undefined) {
      const active = api.environments.getActiveEnvironmentPath(resource);
      const resolved = await api.environments.resolveEnvironment(active);
      const executable = resolved?.executable.uri?.fsPath;
      if (executable) {
        return [executable];
      }
    }
    const command = api.settings?.getExecutionDetails(resource).execCommand;
    return command !== undefined && command.length > 0 ? command : undefined;
  } catch (error) {
    logWarning(`The Python extension did not name an interpreter: ${describeError(error)}`);
    return undefined;
  }
}

async function pythonExtensionApi(): Promise<PythonExtensionApi | undefined> {
  const extension = vscode.extensions.getExtension<PythonExtensionApi>(PYTHON_EXTENSION_ID);
  if (extension === undefined) {
    return undefined;
  }
  try {
    const api = extension.isActive ? extension.exports : await withTimeout(extension.activate());
    if (api?.ready !== undefined) {
      await withTimeout(api.ready);
    }
    return api;
  } catch (error) {
    logWarning(`The Python extension could not be used: ${describeError(error)}`);
    return undefined;
  }
}

/** Fires when the Python extension's selected interpreter changes (a no-op without it). */
export function onDidChangePythonInterpreter(listener: () => void): vscode.Disposable {
  const extension = vscode.extensions.getExtension<PythonExtensionApi>(PYTHON_EXTENSION_ID);
  const api = extension?.isActive ? extension.exports : undefined;
  const event = api?.environments?.onDidChangeActiveEnvironmentPath ?? api?.settings?.onDidChangeExecutionDetails;
  return event ? event(() => listener()) : new vscode.Disposable(() => undefined);
}

function withTimeout<T>(promise: Thenable<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timed out")), PYTHON_API_TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export type InstallCheck =
  | { status: "installed" }
  | { status: "missing-package"; detail: string }
  | { status: "missing-interpreter"; detail: string };

/** Runs `<python> -c "import vl2code"`: cheap, and it tells the two ways of failing apart. */
export function checkVl2codeInstalled(interpreter: Interpreter, timeoutMs = 60_000): Promise<InstallCheck> {
  const [executable, ...args] = interpreter.command;
  return new Promise((resolve) => {
    execFile(executable, [...args, "-c", "import vl2code"], { timeout: timeoutMs }, (error, _stdout, stderr) => {
      if (error === null) {
        resolve({ status: "installed" });
        return;
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "EACCES") {
        resolve({ status: "missing-interpreter", detail: `${executable}: ${error.message}` });
        return;
      }
      const lastLine = stderr.trim().split("\n").pop() ?? error.message;
      logInfo(`${interpreter.command.join(" ")} cannot import vl2code: ${lastLine}`);
      resolve({ status: "missing-package", detail: lastLine });
    });
  });
}

/** The shell line that installs vl2code into the interpreter (for a terminal). */
export function pipInstallCommand(interpreter: Interpreter, platform: NodeJS.Platform = process.platform): string {
  const quoted = interpreter.command.map((part) => shellQuote(part, platform));
  const call = platform === "win32" ? `& ${quoted.join(" ")}` : quoted.join(" ");
  return `${call} -m pip install vl2code`;
}

function shellQuote(value: string, platform: NodeJS.Platform): string {
  if (/^[\w@%+=:,./-]+$/.test(value)) {
    return value;
  }
  return platform === "win32" ? `"${value.replace(/"/g, '""')}"` : `'${value.replace(/'/g, `'\\''`)}'`;
}
