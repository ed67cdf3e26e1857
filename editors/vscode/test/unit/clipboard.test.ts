import * as assert from "assert";
import { clipboardReader } from "../../src/clipboard";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe("clipboard image readers", () => {
  it("picks wl-paste on Wayland, xclip on X11, nothing on a headless Linux", () => {
    assert.strictEqual(clipboardReader("linux", { WAYLAND_DISPLAY: "wayland-0", DISPLAY: ":0" })?.command, "wl-paste");
    assert.strictEqual(clipboardReader("linux", { DISPLAY: ":0" })?.command, "xclip");
    assert.strictEqual(clipboardReader("linux", {}), undefined);
  });

  it("accepts only PNG data from the Linux tools", () => {
    const reader = clipboardReader("linux", { DISPLAY: ":0" })!;
    assert.deepStrictEqual(reader.decode(PNG), PNG);
    assert.strictEqual(reader.decode(Buffer.from("some text")), undefined);
  });

  it("decodes the hex that osascript prints on macOS", () => {
    const reader = clipboardReader("darwin", {})!;
    const output = Buffer.from(`«data PNGf${PNG.toString("hex").toUpperCase()}»\n`, "latin1");
    assert.deepStrictEqual(reader.decode(output), PNG);
    assert.strictEqual(reader.decode(Buffer.from("missing value\n")), undefined);
  });

  it("decodes the base64 that PowerShell prints on Windows", () => {
    const reader = clipboardReader("win32", {})!;
    assert.strictEqual(reader.command, "powershell.exe");
    assert.deepStrictEqual(reader.decode(Buffer.from(`${PNG.toString("base64")}\r\n`)), PNG);
    assert.strictEqual(reader.decode(Buffer.from("")), undefined);
  });
});
