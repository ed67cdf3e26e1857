import * as assert from "assert";
import { defaultOutputUri, referenceComment } from "../../src/common/paths";
import { mock, Uri } from "./mock/vscode";

describe("output paths", () => {
  beforeEach(() => mock.reset());

  it("puts the output next to the image, with the target's extension", () => {
    assert.strictEqual(defaultOutputUri("/designs/home.png", "html")?.fsPath, "/designs/home.html");
    assert.strictEqual(defaultOutputUri("/designs/home.page.jpeg", "tailwind")?.fsPath, "/designs/home.page.html");
    assert.strictEqual(defaultOutputUri("/designs/flow.webp", "drawio")?.fsPath, "/designs/flow.drawio");
  });

  it("uses the workspace folder for an image that is not a file", () => {
    assert.strictEqual(defaultOutputUri(undefined, "html"), undefined);
    mock.workspaceFolders = [{ uri: Uri.file("/work/site"), name: "site", index: 0 }];
    assert.strictEqual(defaultOutputUri(undefined, "drawio")?.fsPath, "/work/site/screenshot.drawio");
  });
});

describe("reference comment", () => {
  it("links the output to its screenshot with a relative path", () => {
    assert.strictEqual(referenceComment("/site/pages/home.html", "/site/designs/home.png"), "<!-- vl2code: reference=../designs/home.png -->");
    assert.strictEqual(referenceComment("/site/home.html", "/site/home.png"), "<!-- vl2code: reference=home.png -->");
  });

  it("quotes paths with spaces", () => {
    assert.strictEqual(referenceComment("/site/home.html", "/site/my shots/home.png"), '<!-- vl2code: reference="my shots/home.png" -->');
  });

  it("gives up on paths a comment cannot hold", () => {
    assert.strictEqual(referenceComment("/site/home.html", "/site/a--b.png"), undefined);
  });
});
