// Sizes each sandboxed brief iframe to its document so the page scrolls as one.
(function () {
  function fit(frame) {
    try {
      const doc = frame.contentDocument;
      if (doc && doc.documentElement) {
        frame.style.height = doc.documentElement.scrollHeight + 24 + "px";
      }
    } catch (err) {
      frame.style.height = "70vh";
    }
  }
  document.querySelectorAll("iframe.brief").forEach((frame) => {
    frame.addEventListener("load", () => fit(frame));
    if (frame.contentDocument && frame.contentDocument.readyState === "complete") fit(frame);
  });
})();
