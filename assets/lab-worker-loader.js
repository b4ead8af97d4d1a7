// Starts the lab's Web Worker (src/lab/worker_bundle.rs): its wasm-bindgen script, then its
// WebAssembly, both relative to this file, so that any sub-path works. A same-origin script
// rather than gloo's blob: loader, so that the service worker serves it offline and the
// initialiser gets its one-object argument (no deprecation warning).
importScripts('./lab-worker.js');
wasm_bindgen({ module_or_path: './lab-worker_bg.wasm' });
