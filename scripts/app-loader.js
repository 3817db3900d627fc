// The app's loader: scripts/defer-app.mjs writes it into the built pages in
// place of Trunk's, which fetches the JS glue and the wasm (over 200 KB gzip)
// at once, whatever the visitor does.
//
// The page already is the first view: the prerendered map, legend, list and
// country sections, working as links (scripts/prerender.mjs). So the app loads
// - at once when the page holds no prerendered view, or when the link asks for
//   a view the page does not show (any parameter but `lang`: a country, an
//   issue, a zoom, an embed, a presentation...);
// - otherwise at the visitor's first sign of using the controls: a mouse over
//   the page, a click or tap, a key, focus moving into it, a choice in the
//   issue list. A touch that only scrolls does not count: a reader on a phone
//   who never taps downloads nothing more than the page.
// A button pressed or an issue chosen before the app is ready is carried out
// once it is (below); the app keeps keyboard focus on the same control
// (src/ui/mod.rs). The files and their Subresource Integrity hashes, as Trunk
// pinned them, are the script element's data attributes.
(function (files) {
  var d = document, h = d.documentElement;
  var TRIGGERS = ['pointerover', 'pointerdown', 'click', 'keydown', 'focusin', 'change'];
  var started = false, ready = false, broken = false, pending = null;

  function prerendered() {
    var root = d.getElementById('app');
    return root && root.hasAttribute('data-prerendered') ? root : null;
  }
  // Child indexes from the root: the app renders the same markup as the
  // prerendered page outside the map, so a path finds the same control.
  function pathOf(root, el) {
    for (var path = []; el !== root; el = el.parentElement) path.unshift([].indexOf.call(el.parentElement.children, el));
    return path;
  }
  function at(el, path) {
    for (var i = 0; el && i < path.length; i++) el = el.children[path[i]];
    return el;
  }

  function whenParsed(then) {
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', then);
    else then();
  }
  function trigger(e) {
    // A touch may be the start of a scroll; its tap arrives as a click.
    if (e.pointerType && e.pointerType !== 'mouse' && e.type !== 'click') return;
    start();
  }
  function start() {
    if (started) return;
    started = true;
    TRIGGERS.forEach(function (type) { removeEventListener(type, trigger, true); });
    // Both files at once. The module is fetched by this pinned preload; the
    // import then reuses it.
    var wasm = fetch(files.wasm, { integrity: files.wasmIntegrity });
    wasm.catch(function () {}); // handled where the app starts, below
    var glue = d.createElement('link');
    glue.rel = 'modulepreload';
    glue.crossOrigin = 'anonymous';
    glue.integrity = files.jsIntegrity;
    glue.href = files.js;
    glue.onload = function () {
      import(files.js).then(function (bindings) {
        // The app takes over the whole page: not before it has all arrived.
        whenParsed(function () {
          bindings.default({ module_or_path: wasm }).then(function (instance) {
            window.wasmBindings = bindings;
            ready = true;
            carryOut();
            dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
          }, failed);
        });
      }, failed);
    };
    glue.onerror = failed;
    d.head.appendChild(glue);
  }
  // The app could not load (offline without the cache, or a file refused by
  // its integrity hash): the page stays as it is, links and sections working,
  // and stops saying that the map is loading.
  function failed(error) {
    broken = true;
    pending = null;
    h.classList.remove('app-pending');
    var root = prerendered(), status = root && root.querySelector('.app-loading');
    if (status) status.textContent = '';
    console.error('The interactive map could not be loaded:', error && error.type === 'error' ? files.js : error);
  }

  // Before the app: remember the last button pressed or issue chosen, and say
  // that the map is loading (the app renders the message, empty, in its
  // `.app-loading` status line; the prerendered page keeps it).
  function remember(e) {
    var root = prerendered();
    if (ready || broken || !root || !root.contains(e.target)) return;
    var el = e.type === 'change' ? e.target : e.target.closest('button');
    if (!el || (e.type === 'change' && el.tagName !== 'SELECT')) return;
    pending = { path: pathOf(root, el), tag: el.tagName, value: el.value };
    h.classList.add('app-pending');
    var status = root.querySelector('.app-loading');
    if (status) status.textContent = status.getAttribute('data-message');
  }
  function carryOut() {
    h.classList.remove('app-pending');
    var el = pending && at(d.getElementById('app'), pending.path);
    if (!el || el.tagName !== pending.tag) return;
    if (el.tagName === 'SELECT') {
      el.value = pending.value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      el.click();
    }
  }

  addEventListener('click', remember, true);
  addEventListener('change', remember, true);
  var asks = location.search.slice(1).split('&').some(function (p) { return p && !/^lang(=|$)/.test(p); });
  if (h.hasAttribute('data-leaving')) return;
  if (!h.hasAttribute('data-prerender') || asks) start();
  else TRIGGERS.forEach(function (type) { addEventListener(type, trigger, true); });
})(document.currentScript.dataset);
