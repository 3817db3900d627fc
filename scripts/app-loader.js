// The app's loader: scripts/defer-app.mjs writes it into the built pages in
// place of Trunk's, which fetches the JS glue and the wasm (over 200 KB gzip)
// at once, whatever the visitor does.
//
// The page already is the first view: the map, legend, list and every
// country's panel, rendered by the site renderer (crates/site), working as links. So the app loads
// - at once when the page holds no prerendered view, or when the link asks for
//   a view the page does not show (APP_KEYS: a country, an issue, an embed, a
//   presentation...; not a `lang` the map has, nor parameters the app
//   ignores, such as a campaign tag added by a social network; but a `lang`
//   it has not, or a panel's fragment naming no panel of the page, which the
//   app answers with a notice), or when the page is in a host
//   page's frame whose snippet asks for its height (the address fragment's
//   key, data-host-key: core::embed::HOST_FRAGMENT_KEY, which the page's
//   first script reads: html.host-sized), which the app tells;
// - otherwise at the visitor's first sign of using the controls: a mouse over
//   the page, a click or tap, a key, focus moving into it, a choice in the
//   issue list. A touch that only scrolls does not count: a reader on a phone
//   who never taps downloads nothing more than the page.
// The issue chosen and the last button pressed before the app is ready are
// carried out once it is (below); the app keeps keyboard focus on the same
// control (src/ui/mod.rs). The files and their Subresource Integrity hashes,
// as Trunk pinned them, are the script element's data attributes.
//
// It also registers the service worker for offline use (scripts/service-worker.js)
// where the site renderer named it on <html> (data-sw: every page but an
// embed's), once the page has loaded and been drawn: the worker keeps the page from the
// browser's cache, so a visitor who only read it can open it again offline,
// at no cost to the first view but sw.js. The app's files are kept when they
// are loaded, or fetched ahead in the background where the browser says the
// connection is fast and not metered (see unmetered, below).
(function (files) {
  var d = document, h = d.documentElement;
  // The page's own address: the app moves the address bar to each view's page
  // (src/ui/url_sync.rs), and the files below are named from this page.
  var here = location.href;
  // The link parameters that ask for a view (core::url_state::view_keys),
  // as the site renderer wrote them on the page.
  var APP_KEYS = (h.getAttribute('data-view-keys') || '').split(' ');
  var TRIGGERS = ['pointerover', 'pointerdown', 'click', 'keydown', 'focusin', 'change'];
  var started = false, scheduled = false, ready = false, broken = false, pressed = false, held = null, worker = null;
  // What was kept for the app (an issue chosen, the last button pressed),
  // and which of them the reader did last (SELECT, BUTTON, or null: something else since).
  var pending = {}, last = null;
  // Whether the issue list's choice was last changed by a key on it (below).
  var keyed = false;

  // On a wide screen the whole map fits the window under what is above it:
  // the title, subtitle, toolbar and hint, whose lines wrap differently in
  // each language and width (two lines more in Kazakh at 1366 px, the
  // toolbar on two rows in Kyrgyz at 1280). The stylesheet cannot know how
  // tall they are; it guesses (.map-canvas, assets/styles.css). Here the
  // map's top is measured after each layout that changes the page's size
  // (the first one too, before it is painted), and given to the stylesheet
  // as --map-top where its guess leaves the map cut off at the window's
  // foot, or more than 16 px short of it while narrower than its column;
  // once given, it is kept up to date. A page the guess fits (the English
  // one, a phone's, where the map is the column's width) costs no second layout.
  // The Embed box opens in the page above the map: while it is open, the
  // map keeps its size under it. A window made only shorter may change no
  // size the observer sees (a map as wide as its column): resize too.
  function fitMap() {
    var canvas = d.querySelector('#main .map-canvas');
    if (!canvas || !canvas.parentElement || d.getElementById('embed-dialog')) return;
    var box = canvas.getBoundingClientRect(), top = Math.round(box.top + scrollY);
    var given = h.style.getPropertyValue('--map-top'), room = innerHeight - top - box.height;
    if (!box.height || given === top + 'px') return;
    if (!given && room >= 0 && (room <= 16 || box.width >= canvas.parentElement.clientWidth - 1)) return;
    h.style.setProperty('--map-top', top + 'px');
    if (!fitter) return;
    // That changes the page's size: observed again from the next frame, as
    // a change this callback made to what it observes is a loop to the
    // browser (an error in WebKit's console).
    fitter.unobserve(h);
    requestAnimationFrame(function () { fitter.observe(h); });
  }
  var fitter = window.ResizeObserver && new ResizeObserver(fitMap);
  if (fitter) fitter.observe(h);
  addEventListener('resize', fitMap);

  function prerendered() {
    var root = d.getElementById('app');
    return root && root.hasAttribute('data-prerendered') ? root : null;
  }
  function status() {
    var root = prerendered();
    return root && root.querySelector('.app-loading');
  }
  // Child indexes from the root (or from a country's panel): the app renders
  // the same markup as the prerendered page outside the map, so a path finds
  // the same control.
  function pathOf(root, el) {
    for (var path = []; el !== root; el = el.parentElement) path.unshift([].indexOf.call(el.parentElement.children, el));
    return path;
  }
  function at(el, path) {
    for (var i = 0; el && i < path.length; i++) el = el.children[path[i]];
    return el;
  }

  function trigger(e) {
    // A touch may be the start of a scroll; its tap arrives as a click.
    if (e.pointerType && e.pointerType !== 'mouse' && e.type !== 'click') return;
    if (scheduled) return;
    scheduled = true;
    // Not inside the input: the page answers it first (a country's panel,
    // in the frame after the click), and fetching and compiling the app at
    // the same moment slowed that frame on a two-core machine. A hidden
    // page draws no frames: there it starts at once.
    if (d.hidden) start();
    else afterTwoFrames(afterLoad);
  }
  // Nor before the page's load event: the glue's script element, added
  // earlier, holds that event back until the glue has arrived and run, and
  // Chromium runs the page's posted messages (the bench's stamps of the map's
  // and the first panel's frames among them) only after it. Measured here,
  // a mouse over the map as it first showed put the event 60-70 ms later.
  function afterLoad() {
    whenComplete(start);
  }
  // In the task after the document is complete: after its load event, and
  // also where no load event comes (the visitor stopped the loading, which
  // completes the page as it is, and cancels what is fetched meanwhile).
  function whenComplete(then) {
    if (d.readyState === 'complete') return then();
    d.addEventListener('readystatechange', function done() {
      if (d.readyState !== 'complete') return;
      d.removeEventListener('readystatechange', done);
      setTimeout(then);
    });
  }
  // Runs `then` after the main thread's work on the frame after the next
  // one, by when the next frame has been committed (and usually drawn).
  function afterTwoFrames(then) {
    requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(then); }); });
  }
  function start() {
    if (started) return;
    started = true;
    TRIGGERS.forEach(function (type) { removeEventListener(type, trigger, true); });
    // Both files at once. The glue goes in as a pinned module script (every
    // browser with modules takes one), and the import then finds it loaded.
    // The wasm is compiled as it arrives, but only run (which replaces the
    // page) once nothing is held down: see takeOver.
    var wasm = fetch(files.wasm, { integrity: files.wasmIntegrity }).then(function (response) {
      if (!response.ok) throw new Error(files.wasm + ': HTTP ' + response.status);
      var bytes = function () { return response.arrayBuffer().then(function (b) { return WebAssembly.compile(b); }); };
      // Streaming needs the server to say application/wasm; without it, read it whole.
      return WebAssembly.compileStreaming ? WebAssembly.compileStreaming(response.clone()).catch(bytes) : bytes();
    });
    wasm.catch(function () {}); // handled where the app starts, below
    // The page's language pack (data-pack: a page not in English), with the
    // app: the app reads it as it starts, so it takes the page over at once.
    // Without it (offline, say) the app fetches it itself, or shows English.
    var pack = h.getAttribute('data-pack');
    var packBytes = pack ? fetch(pack).then(function (r) { return r.ok ? r.arrayBuffer() : null; }, function () { return null; }) : null;
    var glue = d.createElement('script');
    glue.type = 'module';
    glue.crossOrigin = 'anonymous';
    glue.integrity = files.jsIntegrity;
    glue.src = files.js;
    glue.onload = function () {
      Promise.all([import(files.js), wasm, packBytes]).then(function (loaded) {
        if (loaded[2]) window.__rightsMapPack = new Uint8Array(loaded[2]);
        takeOver(function () {
          // The page's script writes the address of a panel it opened in
          // the frame before: now, as the app starts from the address.
          dispatchEvent(new Event('rights-map-takeover'));
          var focus = focusInPanel();
          loaded[0].default({ module_or_path: loaded[1] }).then(function (instance) {
            window.wasmBindings = loaded[0];
            ready = true;
            refocus(focus);
            carryOut();
            offline();
            dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
          }, failed);
        });
      }, failed);
    };
    glue.onerror = failed;
    d.head.appendChild(glue);
  }
  // The app replaces the whole page: not before the page has all arrived, nor
  // between a press and its release, which would lose the click.
  function takeOver(then) {
    if (d.readyState === 'loading') return d.addEventListener('DOMContentLoaded', function () { takeOver(then); });
    shownPlaces();
    if (pressed) held = then;
    else then();
  }
  // Where the stylesheet shows the labels at the places laid out for a
  // smaller map (--labels names the set: data-phone-place for --labels:
  // phone, and so on), those become the places the app starts from (it
  // copies data-place, and keeps the places that still fit what it measures).
  function shownPlaces() {
    var labels = d.querySelector('#app[data-prerendered] .map-labels');
    var set = labels && getComputedStyle(labels).getPropertyValue('--labels').trim();
    if (!labels || !/^[a-z]+$/.test(set)) return;
    var attr = 'data-' + set + '-place';
    [].forEach.call(labels.querySelectorAll('[' + attr + ']'), function (el) {
      el.setAttribute('data-place', el.getAttribute(attr));
    });
  }
  addEventListener('pointerdown', function () { pressed = true; keyed = false; }, true);
  ['pointerup', 'pointercancel'].forEach(function (type) {
    addEventListener(type, function () {
      pressed = false;
      var then = held;
      held = null;
      if (then) setTimeout(then); // after the click that follows the release
    }, true);
  });

  // The app could not load (offline without the cache, or a file refused by
  // its integrity hash): the page becomes what it is without JavaScript, its
  // links and sections working, and says so.
  function failed(error) {
    broken = true;
    // What the reader last did, kept for the app, is done now as the page
    // can without it, unless they have done something else since: a link
    // (an overview's finding) is followed, while its panel is still shown,
    // and an issue chosen (not by stepping with the keys through the closed
    // list) leads to its page.
    var kept = pending[last];
    pending = {};
    if (last === 'BUTTON' && kept.href && kept.el.getClientRects().length) follow(kept.href);
    else if (last === 'SELECT' && !kept.keyed) toIssue(kept.el);
    h.classList.remove('app-pending');
    h.classList.add('app-failed');
    var line = status();
    if (line) line.textContent = line.getAttribute('data-failed');
    console.error('The interactive map could not be loaded:', error && error.type === 'error' ? files.js : error);
  }

  // Before the app: remember the issue chosen and the last button pressed,
  // and say that the map is loading (the app renders the messages in its
  // `.app-loading` status line, empty; the prerendered page keeps it).
  // Inside another page's frame (an embed), a link followed replaces the
  // address: an entry would join the host page's history.
  function follow(href) {
    if (window.top !== window) location.replace(href);
    else location.assign(href);
  }
  // Without the app, the issue list leads to the chosen issue's page (the
  // option's data-href, which the site renderer wrote), with the country's
  // panel open that the page shows now, as the app would keep it; as the
  // language menu's links lead to the view's page in each language. Not for
  // the page's own issue.
  function toIssue(select) {
    var option = select.options[select.selectedIndex], root = prerendered();
    var href = option && !option.defaultSelected && option.getAttribute('data-href');
    if (!href || !root) return;
    var shown = [].filter.call(root.querySelectorAll('.static-panel'), function (p) { return getComputedStyle(p).display !== 'none'; })[0];
    follow(href + (shown ? '#' + shown.id : ''));
  }
  // A closed list's choice changes at once with the arrow keys (Chromium,
  // Firefox): without the app, where a choice leaves the page, a reader
  // stepping through it with the keys goes with Enter, not at each step
  // (WCAG's "on input": a change of context only when asked for).
  addEventListener('keydown', function (e) {
    var list = e.target;
    if (!list || list.tagName !== 'SELECT' || !prerendered() || !prerendered().contains(list)) return;
    if (e.key !== 'Enter') keyed = !e.altKey && (/^(Arrow|Page|Home|End)/.test(e.key) || (e.key.length === 1 && e.key !== ' '));
    else if (broken) {
      e.preventDefault();
      toIssue(list);
    }
  }, true);
  // Back to this page from the issue's, the browser shows it as it was left
  // (the back/forward cache), the list at the issue it led to: the page's own again.
  addEventListener('pageshow', function (e) {
    var list = e.persisted && !ready && d.querySelector('#app[data-prerendered] select');
    if (list) [].forEach.call(list.options, function (o) { o.selected = o.defaultSelected; });
  });
  function remember(e) {
    var root = prerendered();
    if (ready || !root || !root.contains(e.target)) return;
    var el = e.type === 'change' ? e.target : e.target.closest('button, a[data-app-button]');
    // Anything else the reader does (a country's link) comes after what was
    // kept, which is then not done if the app fails; not a click on the list
    // itself (Firefox clicks the option chosen, after its change).
    if (!(e.type === 'click' && e.target.closest('select'))) last = null;
    if (!el || (e.type === 'change' && el.tagName !== 'SELECT')) return;
    // A link that is a button in the app (an overview's finding): the app
    // shows what it leads to, in place. Opened in a new tab or window, it is
    // followed as a link.
    var link = el.tagName === 'A';
    if (link && (e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)) return;
    if (link) e.preventDefault();
    if (broken) {
      if (link) follow(el.href);
      else if (!keyed) toIssue(el);
      keyed = false;
      return;
    }
    // A button in a country's panel is found again from its panel: the page
    // holds every country's panel, the app only those it shows.
    var panel = e.type !== 'change' && el.closest('[data-panel-country]');
    last = e.type === 'change' ? 'SELECT' : 'BUTTON';
    pending[last] = { path: pathOf(panel || root, el), panel: panel && panel.getAttribute('data-panel-country'), value: el.value, href: link ? el.href : null, el: el, keyed: keyed };
    keyed = false;
    h.classList.add('app-pending');
    var line = status();
    if (line) line.textContent = line.getAttribute('data-message');
  }
  // The control in a country's panel that has the keyboard focus as the app
  // takes over: the app keeps the focus on the same control by its path
  // from the root (src/ui/mod.rs), which a panel in the page does not share
  // with the app's, so this finds it again from its panel (a link there
  // may be a button in the app: the same place).
  function focusInPanel() {
    var el = d.activeElement, panel = el && el.closest && el.closest('#app[data-prerendered] [data-panel-country]');
    return panel && { panel: panel.getAttribute('data-panel-country'), path: pathOf(panel, el) };
  }
  // The app's panel of a country, as it shows it.
  function appPanel(code) {
    return d.querySelector('#app [data-testid="country-panel"][data-panel-country="' + code + '"]');
  }
  function refocus(was) {
    var from = was && appPanel(was.panel);
    var el = from && at(from, was.path);
    if (el && d.activeElement !== el && el.focus) el.focus({ preventScroll: true });
  }
  // Keys pressed while the app loads for a view the page does not show (a
  // teacher's clicker on a presentation's link, on a slow connection): the
  // app takes them as it starts and carries out those it has a use for
  // (src/ui/presentation.rs); not a key with a modifier, a held key's
  // repeats, one in a field of the page, nor Enter or Space on a link or
  // button, which the page answers (a clicker's Page Down on a country's
  // link, after a click on the map, is kept).
  // (One key a line: the app reads a string at less cost than an array.)
  function keepKeys() {
    var keys = [];
    addEventListener('keydown', function (e) {
      var t = e.target, on = function (s) { return t.closest && t.closest(s); };
      var pageKey = on('input, select, textarea') || ((e.key === 'Enter' || e.key === ' ') && on('a, button, summary'));
      if (ready || pageKey || e.repeat || e.ctrlKey || e.metaKey || e.altKey || keys.length >= 20) return;
      keys.push(e.key);
      window.__rightsMapKeys = keys.join('\n');
    }, true);
  }
  function carryOut() {
    // Keys kept for a view that had no use for them (src/ui/presentation.rs
    // takes its own as it starts).
    delete window.__rightsMapKeys;
    h.classList.remove('app-pending');
    ['SELECT', 'BUTTON'].forEach(function (tag) {
      var was = pending[tag];
      var from = was && (was.panel ? appPanel(was.panel) : d.getElementById('app'));
      var el = from && at(from, was.path);
      if (!el || el.tagName !== tag) return;
      if (tag === 'SELECT') {
        el.value = was.value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        el.click();
      }
    });
  }

  // Offline use. The app, when it starts, corrects data-sw for the view the
  // link asked for (src/ui/offline.rs), so with such a link this waits for it.
  function offline() {
    var url = h.getAttribute('data-sw');
    if (!worker && url) {
      // No service workers over plain HTTP; reading them throws in a sandboxed frame.
      try {
        worker = navigator.serviceWorker.register(new URL(url, here).href).then(function () { return navigator.serviceWorker.ready; });
      } catch (e) {
        return;
      }
      worker.then(function () {
        if (!ready && unmetered()) (window.requestIdleCallback || setTimeout)(keepApp);
      }, function () {}); // not registered (blocked, or no sw.js): online only
    }
    if (ready) keepApp();
  }
  // Asks the worker to keep this page's app files, language pack and icon (it keeps them only if
  // they are its release's): from the browser's cache once the app has run (it may
  // have loaded before the worker was there), else from the network. The icon:
  // fetched before the worker, it was missing offline (a console error on reload).
  function keepApp() {
    var icon = d.querySelector('link[rel~=icon]');
    var keep = [files.js, files.wasm].concat(h.getAttribute('data-pack') || [], icon ? icon.getAttribute('href') : []).map(function (f) { return new URL(f, here).href; });
    if (worker) worker.then(function (registration) { if (registration.active) registration.active.postMessage({ keep: keep }); }, function () {});
  }
  // Fetch the app ahead only when the browser says the connection is fast
  // (effectiveType '4g') and neither data saver nor a cellular connection is
  // on. A browser that says nothing (Safari, Firefox) may be on a metered
  // phone: nothing is fetched ahead there, and the app is kept once used.
  function unmetered() {
    var c = navigator.connection;
    return !!c && !c.saveData && c.effectiveType === '4g' && c.type !== 'cellular';
  }

  addEventListener('click', remember, true);
  addEventListener('change', remember, true);
  // A link in a language the map does not have (?lang=xx, which the page's
  // first script, choosing the page's language, marks: html.lang-unknown)
  // asks for the app too, which says so in a notice, as it does for an
  // unknown country; the page alone showed its own language as if the link
  // had been read.
  // So does a panel's fragment that names no panel of the page (#country-XX,
  // or #country-kz in small letters, which the app reads), once the page is
  // read: the app opens the country or says it does not know it.
  function unknownPanel() {
    return /^#country-[a-z]{2}$/i.test(location.hash) && !!d.querySelector('#app[data-prerendered] .static-panels') && !d.getElementById(location.hash.slice(1));
  }
  var asks = h.classList.contains('lang-unknown') || location.search.slice(1).split('&').some(function (p) { return APP_KEYS.indexOf(p.split('=')[0]) >= 0; });
  if (h.hasAttribute('data-leaving')) return;
  // The page's first script marks it (index.html), at once and on hashchange.
  function wantsHeight() { return h.classList.contains('host-sized'); }
  // A link that asks for a view the page does not show (a country, an
  // issue, an id the app will say it does not know): the page says that the
  // map is loading until the app shows it, seconds on a slow connection
  // where the page alone looked as if the link had not worked.
  // (An app that failed before the line was read: the line says so.)
  function loadingSaid() {
    var line = status();
    if (ready || !line || line.textContent) return;
    if (!broken) h.classList.add('app-pending');
    line.textContent = line.getAttribute(broken ? 'data-failed' : 'data-message');
  }
  if (asks) {
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', loadingSaid);
    else loadingSaid();
    keepKeys();
  }
  if (!h.hasAttribute('data-prerender') || asks || wantsHeight()) return start();
  TRIGGERS.forEach(function (type) { addEventListener(type, trigger, true); });
  function panelAsked() {
    if (!unknownPanel()) return;
    loadingSaid();
    start();
  }
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', panelAsked);
  else panelAsked();
  // A snippet that runs after the frame has loaded writes its fragment late.
  addEventListener('hashchange', function () { if (wantsHeight()) start(); else panelAsked(); });
  // The worker is registered once the page has loaded and been drawn (its
  // first contentful paint): registering it (which fetches, parses and runs
  // sw.js, and stores the page) at the load event competed with rastering
  // the map's first frame, and so held up the answer to a first tap. A
  // browser that reports no paint timing registers it once the page is complete.
  function afterFirstPaint(then) {
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (!types || types.indexOf('paint') < 0) return then();
    var observer = new PerformanceObserver(function (list) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(then);
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  whenComplete(function () { afterFirstPaint(offline); });
})(document.currentScript.dataset);
