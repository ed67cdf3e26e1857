/** Names shared by the extension and the vl2code language server (see docs/language-server.md). */

export const EXTENSION_NAME = "vl2code";
export const SETTINGS_SECTION = "vl2code";
export const API_KEY_SECRET = "vl2code.openai.apiKey";
export const PYTHON_EXTENSION_ID = "ms-python.python";

/** Commands this extension contributes. */
export const Commands = {
  generateFromScreenshot: "vl2code.generateFromScreenshot",
  showPreview: "vl2code.showPreview",
  restartServer: "vl2code.restartServer",
  setApiKey: "vl2code.setApiKey",
  showLog: "vl2code.showLog",
  generateFromPaste: "vl2code.generateFromPastedImage",
} as const;

/** Commands and messages the language server understands. */
export const ServerProtocol = {
  generateCommand: "vl2code.generateFromScreenshot",
  cancelCommand: "vl2code.cancelGeneration",
  previewRequest: "vl2code/preview",
  progressNotification: "vl2code/generationProgress",
} as const;

export type Target = "html" | "tailwind" | "drawio";

export const TARGETS: readonly { target: Target; label: string; detail: string; extension: string }[] = [
  { target: "html", label: "HTML", detail: "HTML with a <style> block", extension: "html" },
  { target: "tailwind", label: "Tailwind", detail: "HTML with Tailwind CSS classes", extension: "html" },
  { target: "drawio", label: "draw.io", detail: "A diagram (mxfile XML)", extension: "drawio" },
];

export const IMAGE_EXTENSIONS = ["png", "jpg", "jpeg", "webp"] as const;
