import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { expandPath, readSettings, serverOptions } from "../../src/common/settings";
import { mock, Uri } from "./mock/vscode";

describe("settings", () => {
  beforeEach(() => mock.reset());

  it("reads the contributed defaults when nothing is set", () => {
    const settings = readSettings();
    assert.strictEqual(settings.interpreter, "");
    assert.strictEqual(settings.backend, "auto");
    assert.strictEqual(settings.quantization, "none");
    assert.strictEqual(settings.refineRounds, 2);
    assert.strictEqual(settings.targetScore, 0.95);
    assert.strictEqual(settings.linkReference, true);
  });

  it("reads user values, nested keys included", () => {
    mock.configuration.set("vl2code.backend", "openai");
    mock.configuration.set("vl2code.openai.baseUrl", " http://localhost:8000/v1 ");
    mock.configuration.set("vl2code.openai.model", "qwen3-vl");
    mock.configuration.set("vl2code.refineRounds", 4);
    const settings = readSettings();
    assert.strictEqual(settings.backend, "openai");
    assert.strictEqual(settings.openaiBaseUrl, "http://localhost:8000/v1");
    assert.strictEqual(settings.openaiModel, "qwen3-vl");
    assert.strictEqual(settings.refineRounds, 4);
  });

  it("expands ${workspaceFolder} in the interpreter setting", () => {
    mock.workspaceFolders = [{ uri: Uri.file("/projects/site"), name: "site", index: 0 }];
    mock.configuration.set("vl2code.interpreter", "${workspaceFolder}/.venv/bin/python");
    assert.strictEqual(readSettings().interpreter, "/projects/site/.venv/bin/python");
  });

  it("resolves relative interpreter paths against the workspace folder, leaves bare names alone", () => {
    mock.workspaceFolders = [{ uri: Uri.file("/projects/site"), name: "site", index: 0 }];
    assert.strictEqual(expandPath(".venv/bin/python"), "/projects/site/.venv/bin/python");
    assert.strictEqual(expandPath("python3.11"), "python3.11");
  });

  it("expands ~, ${userHome} and ${env:NAME}", () => {
    process.env.VL2CODE_TEST_PYTHON_DIR = "/opt/py";
    try {
      assert.strictEqual(expandPath("~/venv/bin/python"), path.join(os.homedir(), "venv/bin/python"));
      assert.strictEqual(expandPath("${userHome}/python"), path.join(os.homedir(), "python"));
      assert.strictEqual(expandPath("${env:VL2CODE_TEST_PYTHON_DIR}/bin/python"), "/opt/py/bin/python");
    } finally {
      delete process.env.VL2CODE_TEST_PYTHON_DIR;
    }
  });

  it("builds the server's options: camelCase sections, empty values left to the server", () => {
    mock.configuration.set("vl2code.backend", "layout");
    mock.configuration.set("vl2code.refineRounds", 1);
    mock.configuration.set("vl2code.draftModel", "");
    mock.configuration.set("vl2code.openai.baseUrl", "http://127.0.0.1:9000/v1");
    const options = serverOptions(readSettings(), "sk-secret");
    assert.deepStrictEqual(options, {
      generation: { backend: "layout", refineRounds: 1, targetScore: 0.95 },
      model: { refineModel: "Qwen/Qwen3-VL-4B-Thinking", quantization: "none" },
      openai: { baseUrl: "http://127.0.0.1:9000/v1", apiKey: "sk-secret" },
    });
  });

  it("sends no API key when none is stored", () => {
    const options = serverOptions(readSettings(), undefined) as { openai: Record<string, string> };
    assert.deepStrictEqual(options.openai, {});
  });
});

describe("contributed settings", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
    contributes: { configuration: { properties: Record<string, { description?: string; markdownDescription?: string }> } };
  };
  const properties = manifest.contributes.configuration.properties;

  it("describe every setting", () => {
    for (const [name, schema] of Object.entries(properties)) {
      assert.ok((schema.description ?? schema.markdownDescription ?? "").length > 20, `${name} has no description`);
    }
  });

  it("include everything the extension reads, and keep the API key out of settings.json", () => {
    const read = Object.keys(readSettings()).map((key) => (key.startsWith("openai") ? `openai.${key[6].toLowerCase()}${key.slice(7)}` : key));
    assert.deepStrictEqual(read.map((key) => `vl2code.${key}`).sort(), Object.keys(properties).sort());
    assert.ok(!Object.keys(properties).some((name) => /key|secret|token/i.test(name)));
  });
});
