/*
 * Cookie & Session Lab: resizes the lab's embed iframes on your page to their content's height.
 * Include it once, anywhere on the page:
 *   <script src="https://<the lab's host>/embed-resize.js" async></script>
 * It trusts only messages posted by the lab's own origin (the origin this script was loaded from),
 * and only from an iframe on this page whose window sent the message.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var labOrigin = new URL(script.src).origin;
  var MAX_HEIGHT = 10000;

  window.addEventListener("message", function (event) {
    if (event.origin !== labOrigin) return;
    var data = event.data;
    if (!data || data.type !== "cookie-lab:resize" || typeof data.height !== "number" || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(0, Math.min(MAX_HEIGHT, Math.ceil(data.height))) + "px";
        return;
      }
    }
  });
})();
