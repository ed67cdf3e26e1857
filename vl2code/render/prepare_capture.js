// Settles a loaded page for a deterministic capture, in one round trip: hides the text caret,
// optionally draws images that failed to load as a placeholder, waits for web fonts, and jumps
// every CSS animation and transition to its end (infinite ones back to their start), as a
// still screenshot of the page would show it.
async (placeholder) => {
  // set_content keeps the Document (and the Window) between pages: add the sheet only once.
  const key = Symbol.for("vl2code.hide-caret");
  if (window[key] === undefined) {
    window[key] = new CSSStyleSheet();
    window[key].replaceSync("*, *::before, *::after { caret-color: transparent !important; }");
  }
  if (!document.adoptedStyleSheets.includes(window[key])) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, window[key]];
  }
  if (placeholder !== null) {
    await replaceBrokenImages(placeholder);
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

  // Lazy images load now (a full-page capture shows them all); every <img> with a source that
  // still has no pixels once the others settled gets the placeholder instead.
  async function replaceBrokenImages(url) {
    const images = [...document.images];
    for (const image of images) {
      if (image.loading === "lazy") image.loading = "eager";
    }
    const settled = (image) =>
      image.complete
        ? Promise.resolve()
        : new Promise((done) => {
            image.addEventListener("load", done, { once: true });
            image.addEventListener("error", done, { once: true });
          });
    const patience = new Promise((done) => setTimeout(done, 2000));
    await Promise.race([Promise.all(images.map(settled)), patience]);
    const broken = images.filter(
      (image) => image.naturalWidth === 0 && (image.getAttribute("src") || image.getAttribute("srcset"))
    );
    for (const image of broken) {
      image.removeAttribute("srcset");
      image.src = url;
    }
    await Promise.all(broken.map((image) => image.decode().catch(() => undefined)));
  }
}
