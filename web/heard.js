// The web build's bootstrap: checks what Heard cannot run without before the app starts, then
// loads it. Plain words on the page when it must stop; no app, no database, otherwise.
//
// - A secure context (HTTPS, or 127.0.0.1/localhost): the service worker, the browser's
//   private file system (OPFS), persistent storage and the wake lock exist only there.
// - One tab: a Web Lock held for the page's whole life; a second tab or window says the app is
//   open elsewhere and never opens the database.
// - The service worker (sw.js) keeps the app usable offline; a new build waits for the welcome
//   screen with nothing in progress before it takes over (see `takeOverWhenIdle`).
// The app's module is imported only once this tab holds the database (below): a second tab
// never loads it, and the store worker starts before the page waits for the app's scripts.

const main = document.getElementById('main');

function stop(title, detail) {
  main.replaceChildren();
  const box = document.createElement('div');
  box.className = 'heard-stopped';
  box.setAttribute('role', 'alert');
  const h = document.createElement('h1');
  h.textContent = title;
  const p = document.createElement('p');
  p.textContent = detail;
  box.append(h, p);
  main.append(box);
}

// What the staff panel shows about storage (read by the app through `window.heardWeb`).
window.heardWeb = { persisted: null, screenLock: null };

async function requestPersistence() {
  try {
    const already = await navigator.storage.persisted();
    window.heardWeb.persisted = already || (await navigator.storage.persist());
  } catch (e) {
    window.heardWeb.persisted = false;
  }
}

// The screen stays on while a survey is open (the app's root says data-heard-idle="false"),
// and may dim at the welcome screen. The browser drops the lock when the page is hidden; it is
// asked for again on the next check.
let wakeLock = null;
let asking = false;
async function screenLock() {
  if (!('wakeLock' in navigator)) return;
  const busy = document.querySelector('[data-heard-idle="false"]') !== null;
  if (wakeLock && wakeLock.released) wakeLock = null;
  if (!busy) {
    if (wakeLock) {
      const lock = wakeLock;
      wakeLock = null;
      lock.release().catch(() => {});
      window.heardWeb.screenLock = 'released';
    }
    return;
  }
  if (wakeLock || asking || document.visibilityState !== 'visible') return;
  asking = true;
  try {
    wakeLock = await navigator.wakeLock.request('screen');
    window.heardWeb.screenLock = 'held';
  } catch (e) {
    wakeLock = null; // not granted (battery saver): the screen may dim
    window.heardWeb.screenLock = 'refused';
  } finally {
    asking = false;
  }
}

// The app marks the page idle (welcome screen, nothing in progress) with data-heard-idle on
// its root; a waiting new build is told to take over only then.
function takeOverWhenIdle(registration) {
  let reloading = false;
  // The first service worker claims this page without changing what runs in it: only a new
  // build replacing an old one reloads (and only when the app said it is idle, below).
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (reloading) return;
    reloading = true;
    window.location.reload();
  });
  setInterval(() => {
    const waiting = registration.waiting;
    if (!waiting || !navigator.serviceWorker.controller) return;
    if (document.querySelector('[data-heard-idle="true"]')) waiting.postMessage('take-over');
  }, 1000);
  setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
}

async function start() {
  if (!window.isSecureContext || !('serviceWorker' in navigator) || !navigator.storage
      || !navigator.locks) {
    stop('Heard needs a secure connection',
      'This page was opened over plain http:// from another machine, so the browser will not '
      + 'let Heard store answers or work offline. Open it with https:// (ask whoever set up '
      + 'the server for the right address), then add it to the home screen.');
    return;
  }
  navigator.locks.request('heard-database', { ifAvailable: true }, async (lock) => {
    if (!lock) {
      stop('Heard is already open',
        'Heard is open in another tab or window on this device. Use that one: only one can '
        + 'hold the answers at a time. You can close this tab.');
      return;
    }
    // Not awaited: registering checks the server for a new sw.js, and an unreachable server
    // (Wi-Fi up, server down) must not hold the app's start.
    navigator.serviceWorker.register('sw.js', { scope: './' })
      .then(takeOverWhenIdle)
      .catch((e) => console.warn('service worker not registered', e));
    requestPersistence();
    setInterval(screenLock, 1000);
    document.addEventListener('visibilitychange', screenLock);
    try {
      // The store worker starts now, so loading its scripts overlaps the compile below; it
      // waits for the compiled module, which the app's store port hands over (store_port.rs
      // adopts this worker), so a start compiles the 7 MB of WebAssembly once, not twice.
      window.heardWeb.worker = new Worker('store-worker.js', { type: 'module' });
      const [{ default: init }, module] = await Promise.all([
        import('./pkg/heard-web.js'),
        WebAssembly.compileStreaming(fetch('pkg/heard-web_bg.wasm')),
      ]);
      window.heardWeb.module = module;
      await init({ module_or_path: module });
    } catch (e) {
      stop('Heard could not start', String(e));
      return;
    }
    // Held until the page goes away: the database belongs to this tab.
    await new Promise(() => {});
  });
}

start();
