// Starts one of the lab's Web Workers: the page's own bundle, whose main function registers the
// lab's worker where there is no window (src/main.rs). scripts/lab-worker-loader.mjs writes this
// file into each build with the bundle's two files filled in (Trunk's hashed names, from
// <meta name="page-bundle">), relative to this file so that any sub-path works. A same-origin
// script rather than gloo's blob: loader, so that the service worker serves it offline and the
// initialiser gets its one-object argument.
import('__PAGE_BUNDLE_JS__').then(function (module) {
  return module.default({ module_or_path: '__PAGE_BUNDLE_WASM__' });
});
