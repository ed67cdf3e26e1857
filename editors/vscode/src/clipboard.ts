/**
 * Reads an image from the system clipboard. VS Code's clipboard API gives text only, so this asks
 * the platform's own tool; it works only where the extension runs on the user's desktop (not in a
 * browser, a remote window or a container) and the tool exists: wl-paste (Wayland) or xclip (X11)
 * on Linux, osascript on macOS, PowerShell on Windows.
 */
import { execFile } from "child_process";
import * as vscode from "vscode";

const CLIPBOARD_TIMEOUT_MS = 3_000;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface ClipboardReader {
  command: string;
  args: string[];
  decode: (stdout: Buffer) => Buffer | undefined;
}

const asPng = (data: Buffer): Buffer | undefined => (data.subarray(0, 8).equals(PNG_SIGNATURE) ? data : undefined);

const WINDOWS_SCRIPT = [
  "Add-Type -AssemblyName System.Windows.Forms, System.Drawing;",
  "$image = [System.Windows.Forms.Clipboard]::GetImage();",
  "if ($image) { $stream = New-Object System.IO.MemoryStream;",
  "$image.Save($stream, [System.Drawing.Imaging.ImageFormat]::Png);",
  "[Console]::Out.Write([Convert]::ToBase64String($stream.ToArray())) }",
].join(" ");

/** The reader for this platform, or undefined where none applies. */
export function clipboardReader(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): ClipboardReader | undefined {
  if (platform === "linux" && env.WAYLAND_DISPLAY) {
    return { command: "wl-paste", args: ["--no-newline", "--type", "image/png"], decode: asPng };
  }
  if (platform === "linux" && env.DISPLAY) {
    return { command: "xclip", args: ["-selection", "clipboard", "-target", "image/png", "-out"], decode: asPng };
  }
  if (platform === "darwin") {
    // Prints «data PNGf89504E47…»: the PNG as hex.
    return {
      command: "osascript",
      args: ["-e", "the clipboard as «class PNGf»"],
      decode: (stdout) => {
        const hex = /«data PNGf([0-9A-Fa-f]+)»/.exec(stdout.toString("latin1"))?.[1];
        return hex ? asPng(Buffer.from(hex, "hex")) : undefined;
      },
    };
  }
  if (platform === "win32") {
    return {
      command: "powershell.exe",
      args: ["-NoProfile", "-STA", "-Command", WINDOWS_SCRIPT],
      decode: (stdout) => asPng(Buffer.from(stdout.toString("ascii").trim(), "base64")),
    };
  }
  return undefined;
}

/** The clipboard image as PNG bytes, or undefined when there is none or it cannot be read here. */
export async function readClipboardImage(): Promise<Buffer | undefined> {
  if (vscode.env.uiKind !== vscode.UIKind.Desktop || vscode.env.remoteName !== undefined) {
    return undefined;
  }
  const reader = clipboardReader(process.platform, process.env);
  if (reader === undefined) {
    return undefined;
  }
  return new Promise((resolve) => {
    execFile(
      reader.command,
      reader.args,
      { encoding: "buffer", timeout: CLIPBOARD_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => resolve(error === null && stdout.length > 0 ? reader.decode(stdout) : undefined),
    );
  });
}
