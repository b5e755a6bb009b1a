// The store worker: the same wasm module as the page, started in a dedicated worker, where it
// owns the durable database (SQLite over OPFS, which runs only in a dedicated worker). The
// page's first message hands over the module it already compiled (`{kind: "module", module}`),
// so it is not compiled twice; the module's start sees no `window` and runs the store side
// (app/web/store_worker.rs), which then takes over `onmessage`.
import init from './pkg/heard-web.js';

self.onmessage = (event) => {
  if (event.data?.kind !== 'module') return;
  const module = event.data.module;
  init(module ? { module_or_path: module } : undefined).catch((e) => {
    self.postMessage({ kind: 'failed', error: `the store worker could not load: ${e}` });
  });
};
