import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkVl2codeInstalled, defaultPython, findInterpreter, pipInstallCommand } from "../../src/common/python";
import { mock, Uri } from "./mock/vscode";

const PYTHON_EXTENSION = "ms-python.python";

/** A Python extension whose API names `executable` through the environments API. */
function pythonExtensionWithEnvironments(executable: string, active = true) {
  const exports = {
    environments: {
      getActiveEnvironmentPath: () => ({ id: "env", path: executable }),
      resolveEnvironment: (environment: { path: string }) =>
        Promise.resolve({ executable: { uri: Uri.file(environment.path) } }),
    },
  };
  const extension = {
    isActive: active,
    exports: active ? exports : undefined,
    activations: 0,
    activate() {
      this.activations += 1;
      return Promise.resolve(exports);
    },
  };
  return extension;
}

describe("interpreter discovery", () => {
  beforeEach(() => mock.reset());

  it("uses vl2code.interpreter first, even when the Python extension has one", async () => {
    mock.extensions.set(PYTHON_EXTENSION, pythonExtensionWithEnvironments("/envs/selected/bin/python"));
    const interpreter = await findInterpreter("/opt/tools/bin/python3");
    assert.deepStrictEqual(interpreter, { command: ["/opt/tools/bin/python3"], source: "setting" });
  });

  it("then asks the Python extension's environments API", async () => {
    mock.extensions.set(PYTHON_EXTENSION, pythonExtensionWithEnvironments("/envs/selected/bin/python"));
    const interpreter = await findInterpreter("");
    assert.deepStrictEqual(interpreter, { command: ["/envs/selected/bin/python"], source: "python-extension" });
  });

  it("activates the Python extension when it is installed but not active yet", async () => {
    const extension = pythonExtensionWithEnvironments("/envs/lazy/bin/python", false);
    mock.extensions.set(PYTHON_EXTENSION, extension);
    const interpreter = await findInterpreter("");
    assert.deepStrictEqual(interpreter.command, ["/envs/lazy/bin/python"]);
    assert.strictEqual(extension.activations, 1);
  });

  it("falls back to the older getExecutionDetails API (a whole command line)", async () => {
    mock.extensions.set(PYTHON_EXTENSION, {
      isActive: true,
      exports: { settings: { getExecutionDetails: () => ({ execCommand: ["conda", "run", "-n", "web", "python"] }) } },
    });
    const interpreter = await findInterpreter("");
    assert.deepStrictEqual(interpreter, { command: ["conda", "run", "-n", "web", "python"], source: "python-extension" });
  });

  it("uses python3 without the Python extension", async () => {
    const interpreter = await findInterpreter("");
    assert.deepStrictEqual(interpreter, { command: [defaultPython()], source: "default" });
    assert.strictEqual(defaultPython("linux"), "python3");
    assert.strictEqual(defaultPython("win32"), "python");
  });

  it("uses python3 when the Python extension has no interpreter selected or fails", async () => {
    mock.extensions.set(PYTHON_EXTENSION, {
      isActive: true,
      exports: { settings: { getExecutionDetails: () => ({ execCommand: undefined }) } },
    });
    assert.strictEqual((await findInterpreter("")).source, "default");
    mock.extensions.set(PYTHON_EXTENSION, {
      isActive: true,
      exports: {
        environments: {
          getActiveEnvironmentPath: () => {
            throw new Error("no workspace");
          },
        },
      },
    });
    assert.strictEqual((await findInterpreter("")).source, "default");
    assert.ok(mock.logged.some((line) => line.includes("no workspace")));
  });
});

describe("checking that vl2code is installed", () => {
  let folder: string;

  /** An executable script standing in for an interpreter. */
  function fakePython(name: string, body: string): string {
    const file = path.join(folder, name);
    fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return file;
  }

  before(function () {
    if (process.platform === "win32") {
      this.skip();
    }
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "vl2code-python-"));
  });

  after(() => folder && fs.rmSync(folder, { recursive: true, force: true }));

  it("runs `<python> -c \"import vl2code\"` and reports success", async () => {
    const argsFile = path.join(folder, "args");
    const python = fakePython("python-ok", `printf '%s\\n' "$@" > '${argsFile}'`);
    assert.deepStrictEqual(await checkVl2codeInstalled({ command: [python], source: "setting" }), { status: "installed" });
    assert.deepStrictEqual(fs.readFileSync(argsFile, "utf8").trim().split("\n"), ["-c", "import vl2code"]);
  });

  it("passes the interpreter's own arguments first", async () => {
    const argsFile = path.join(folder, "args-runner");
    const runner = fakePython("runner", `printf '%s\\n' "$@" > '${argsFile}'`);
    await checkVl2codeInstalled({ command: [runner, "run", "-n", "web", "python"], source: "python-extension" });
    assert.deepStrictEqual(fs.readFileSync(argsFile, "utf8").trim().split("\n"), ["run", "-n", "web", "python", "-c", "import vl2code"]);
  });

  it("reports a missing package with Python's last error line", async () => {
    const python = fakePython(
      "python-without",
      `echo 'Traceback (most recent call last):' >&2\necho "ModuleNotFoundError: No module named 'vl2code'" >&2\nexit 1`,
    );
    const check = await checkVl2codeInstalled({ command: [python], source: "setting" });
    assert.deepStrictEqual(check, { status: "missing-package", detail: "ModuleNotFoundError: No module named 'vl2code'" });
  });

  it("reports an interpreter that does not exist", async () => {
    const check = await checkVl2codeInstalled({ command: [path.join(folder, "no-such-python")], source: "setting" });
    assert.strictEqual(check.status, "missing-interpreter");
  });

  it("accepts the project's own environment, where vl2code is installed", async function () {
    const venvPython = path.resolve(__dirname, "..", "..", "..", "..", ".venv", "bin", "python");
    if (!fs.existsSync(venvPython)) {
      this.skip();
    }
    const check = await checkVl2codeInstalled({ command: [venvPython], source: "setting" });
    assert.deepStrictEqual(check, { status: "installed" });
  });
});

describe("the install command line", () => {
  it("quotes paths with spaces for the shell", () => {
    assert.strictEqual(
      pipInstallCommand({ command: ["/home/me/my envs/bin/python"], source: "setting" }, "linux"),
      "'/home/me/my envs/bin/python' -m pip install vl2code",
    );
    assert.strictEqual(
      pipInstallCommand({ command: ["/usr/bin/python3"], source: "default" }, "linux"),
      "/usr/bin/python3 -m pip install vl2code",
    );
  });

  it("uses PowerShell's call operator on Windows", () => {
    assert.strictEqual(
      pipInstallCommand({ command: ["C:\\Program Files\\Python311\\python.exe"], source: "setting" }, "win32"),
      '& "C:\\Program Files\\Python311\\python.exe" -m pip install vl2code',
    );
  });
});
