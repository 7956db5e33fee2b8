/* Ours, not part of OpenSeadragon. Every [data-cs-zoom] block (overrides/partials/zoom-viewer.html)
   shows a picture; here its "zoom" button appears, and a click loads OpenSeadragon (350 KB, so
   only for readers who ask for it) and opens the Deep Zoom tiles in place of the picture. */
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

  function open(block) {
    var button = block.querySelector(".cs-zoom__open");
    var stage = block.querySelector(".cs-zoom__viewer");
    button.disabled = true;
    return loadLibrary(block.dataset.library).then(function () {
      stage.hidden = false;
      block.querySelector(".cs-zoom__picture").hidden = true;
      button.hidden = true;
      var viewer = window.OpenSeadragon({
        element: stage,
        prefixUrl: block.dataset.buttons,
        tileSources: block.dataset.dzi,
        showNavigator: false,
        showRotationControl: false,
        visibilityRatio: 0.8,
        gestureSettingsTouch: { pinchRotate: false }
      });
      viewer.addHandler("open", function () { block.dataset.state = "open"; });
      block.csViewer = viewer;
      stage.focus();
      return viewer;
    }, function () { button.disabled = false; });
  }

  window.csZoomViewer = { open: open };
  document.querySelectorAll("[data-cs-zoom]").forEach(function (block) {
    var button = block.querySelector(".cs-zoom__open");
    button.hidden = false;
    button.addEventListener("click", function () { open(block); });
  });
})();
