// Draws one <mxGraphModel> with the draw.io viewer and resolves to the diagram's box
// [x, y, width, height] once its images have arrived and been painted.
async (modelXml) => {
  // A fresh container each time: the viewer sizes it to the diagram, and a reused one would
  // keep the previous diagram's size and scale the next one to fit it.
  const host = document.createElement("div");
  host.style.display = "inline-block";
  document.body.replaceChildren(host);
  const model = mxUtils.parseXml(modelXml).documentElement;
  // Without check-visible-state the viewer draws into a container it thinks is hidden.
  new GraphViewer(host, model, {
    "check-visible-state": false, border: 10, nav: false, resize: true, lightbox: false, center: false,
  });
  // The images were inserted in this same task, so none has fired load or error yet.
  const settled = [...host.querySelectorAll("image")].map((image) => new Promise((resolve) => {
    image.addEventListener("load", resolve, { once: true });
    image.addEventListener("error", resolve, { once: true });
  }));
  await Promise.race([Promise.all(settled), new Promise((resolve) => setTimeout(resolve, 3000))]);
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const box = (host.querySelector("svg") || host).getBoundingClientRect();
  return [box.x, box.y, box.width, box.height];
}
