/** Makes `import * as vscode from "vscode"` load the mock (mocha loads this before any test). */
import Module from "module";
import * as path from "path";

const mockPath = path.join(__dirname, "mock", "vscode.ts");
const moduleInternals = Module as unknown as {
  _resolveFilename(request: string, parent: unknown, ...rest: unknown[]): string;
};
const resolve = moduleInternals._resolveFilename.bind(Module);
moduleInternals._resolveFilename = (request, parent, ...rest) =>
  resolve(request === "vscode" ? mockPath : request, parent, ...rest);
