// Settles a loaded page for a deterministic capture, in one round trip: hides the text caret,
// waits for web fonts, and jumps every CSS animation and transition to its end (infinite ones
// back to their start), as a still screenshot of the page would show it.
async () => {
  // set_content keeps the Document (and the Window) between pages: add the sheet only once.
  const key = Symbol.for("vl2code.hide-caret");
  if (window[key] === undefined) {
    window[key] = new CSSStyleSheet();
    window[key].replaceSync("*, *::before, *::after { caret-color: transparent !important; }");
  }
  if (!document.adoptedStyleSheets.includes(window[key])) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, window[key]];
  }
  await document.fonts.ready;
  for (const animation of document.getAnimations()) {
    try {
      animation.finish();
    } catch {
      animation.cancel();
    }
  }
  return true;
}
