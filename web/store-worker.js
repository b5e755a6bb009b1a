// The store worker: the same wasm module as the page, started in a dedicated worker, where it
// owns the durable database (SQLite over OPFS, which runs only in a dedicated worker). The
// module's start sees no `window` and runs the store side (app/web/store_worker.rs).
import init from './pkg/heard-web.js';

init().catch((e) => {
  self.postMessage({ kind: 'failed', error: `the store worker could not load: ${e}` });
});
