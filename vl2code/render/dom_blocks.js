// Text blocks of the rendered page, as Design2Code defines them: one per visible text node
// inside a text-bearing element, with its box in page pixels and its computed colour as sRGB.
// Returns [[text, x, y, width, height, [r, g, b]], ...] in document order.
() => {
  const TEXT_BEARING = "p, h1, h2, h3, h4, h5, h6, div, span, a, b, li, table, td, th, button, footer, header, figcaption";
  const HIDDEN_CONTENT = "script, style, noscript, template, textarea, select, title, head";
  const scrollX = window.scrollX;
  const scrollY = window.scrollY;
  const pageWidth = document.documentElement.scrollWidth;
  const pageHeight = document.documentElement.scrollHeight;

  // Computed colours may be oklch(), color(), rgba(): a 1x1 canvas turns any of them into sRGB
  // over white, the way the text shows on a white page.
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const paint = canvas.getContext("2d", { willReadFrequently: true });
  const srgb = new Map();
  const toRgb = (css) => {
    let rgb = srgb.get(css);
    if (rgb === undefined) {
      paint.fillStyle = "#ffffff";
      paint.fillRect(0, 0, 1, 1);
      paint.fillStyle = css;
      paint.fillRect(0, 0, 1, 1);
      const data = paint.getImageData(0, 0, 1, 1).data;
      rgb = [data[0], data[1], data[2]];
      srgb.set(css, rgb);
    }
    return rgb;
  };

  const blocks = [];
  const range = document.createRange();
  const root = document.body || document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.data.replace(/\s+/g, " ").trim();
    const parent = node.parentElement;
    if (text === "" || parent === null || parent.closest(HIDDEN_CONTENT) !== null) continue;
    if (parent.closest(TEXT_BEARING) === null) continue;
    if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    range.selectNodeContents(node);
    let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    for (const rect of range.getClientRects()) {
      if (rect.width <= 0 || rect.height <= 0) continue;
      left = Math.min(left, rect.left);
      top = Math.min(top, rect.top);
      right = Math.max(right, rect.right);
      bottom = Math.max(bottom, rect.bottom);
    }
    if (left === Infinity) continue;
    const x = left + scrollX;
    const y = top + scrollY;
    if (x + (right - left) <= 0 || y + (bottom - top) <= 0 || x >= pageWidth || y >= pageHeight) continue;
    blocks.push([text, x, y, right - left, bottom - top, toRgb(getComputedStyle(parent).color)]);
  }
  return blocks;
}
