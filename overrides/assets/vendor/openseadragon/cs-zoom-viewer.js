/* Ours, not part of OpenSeadragon. Every [data-cs-zoom] block (overrides/partials/zoom-viewer.html)
   shows a picture; here its "zoom" button appears, and a click loads OpenSeadragon (350 KB, so
   only for readers who ask for it) and opens the Deep Zoom tiles in place of the picture. The
   close button, or Escape anywhere in the block, puts the picture back and returns the focus. */
(function () {
  "use strict";
  if (window.csZoomViewer) return;
  var loading = null;

  function loadLibrary(src) {
    if (window.OpenSeadragon) return Promise.resolve();
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = resolve;
        script.onerror = function () { loading = null; reject(new Error("viewer did not load")); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function parts(block) {
    return {
      open: block.querySelector(".cs-zoom__open"),
      close: block.querySelector(".cs-zoom__close"),
      stage: block.querySelector(".cs-zoom__viewer"),
      picture: block.querySelector(".cs-zoom__picture")
    };
  }

  function open(block) {
    var p = parts(block);
    p.open.disabled = true;
    return loadLibrary(block.dataset.library).then(function () {
      p.stage.hidden = false;
      p.picture.hidden = true;
      p.open.hidden = true;
      p.close.hidden = false;
      var viewer = window.OpenSeadragon({
        element: p.stage,
        prefixUrl: block.dataset.buttons,
        tileSources: block.dataset.dzi,
        showNavigator: false,
        showRotationControl: false,
        visibilityRatio: 0.8,
        gestureSettingsTouch: { pinchRotate: false }
      });
      viewer.addHandler("open", function () { block.dataset.state = "open"; });
      block.csViewer = viewer;
      block.dataset.state = "opening";
      // The whole viewer in sight, below the sticky header (scroll-margin in the stylesheet).
      p.stage.scrollIntoView({ block: "nearest" });
      p.stage.focus({ preventScroll: true });
      return viewer;
    }, function () { p.open.disabled = false; });
  }

  function close(block) {
    var p = parts(block);
    if (!block.csViewer) return;
    block.csViewer.destroy();
    block.csViewer = null;
    delete block.dataset.state;
    p.stage.hidden = true;
    p.close.hidden = true;
    p.picture.hidden = false;
    p.open.hidden = false;
    p.open.disabled = false;
    p.open.focus();
  }

  window.csZoomViewer = { open: open, close: close };
  document.querySelectorAll("[data-cs-zoom]").forEach(function (block) {
    var p = parts(block);
    p.open.hidden = false;
    p.open.addEventListener("click", function () { open(block); });
    p.close.addEventListener("click", function () { close(block); });
    block.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && block.csViewer) {
        event.preventDefault();
        close(block);
      }
    });
  });
})();
