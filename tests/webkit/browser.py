#!/usr/bin/python3
# The browser WebKitWebDriver drives in tests/webkit: a window around one
# WebKitGTK web view, nothing else. MiniBrowser (WebKitGTK's own test shell)
# would do, but in automation mode it keeps a private (ephemeral) session, and
# WebKit never writes a private session's console to the terminal; with no log
# endpoint and no WebDriver BiDi in WebKitWebDriver 2.50 that left no way to
# see the console. This shell keeps its session in a fresh folder under
# $TMPDIR (WebKitWebDriver kills the browser at the session's end, so the
# harness gives the driver a TMPDIR of its own and removes that) and has
# WebKit write every console message (the page's and the engine's own: script
# errors, console.error, CSP refusals, in every frame) to stderr, from the
# first byte of the page, where the tests read it. WebKit writes nothing there
# for a load that fails with an HTTP error (a 404), so that is not seen.
#   /usr/bin/python3 tests/webkit/browser.py --automation [--language=ru-RU]
# (Debian's python3-gi and gir1.2-webkit2-4.1; the proxy and the window size
# come through WebDriver.)
import sys
import tempfile

import gi

gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2  # noqa: E402

args = sys.argv[1:]
if '--automation' not in args:
    sys.exit('browser.py: only for WebKitWebDriver (--automation)')
# --language=ru-RU: the languages the browser asks for (navigator.language,
# Accept-Language), as a visitor's system sets them; en-US by default.
languages = [a.split('=', 1)[1] for a in args if a.startswith('--language=')] or ['en-US']

home = tempfile.mkdtemp(prefix='webkit-journeys-')
data = WebKit2.WebsiteDataManager(base_data_directory=f'{home}/data', base_cache_directory=f'{home}/cache')
context = WebKit2.WebContext(website_data_manager=data)
context.set_automation_allowed(True)
context.set_preferred_languages(languages)
settings = WebKit2.Settings(enable_write_console_messages_to_stdout=True)
windows = []


def create_web_view(_session):
    view = WebKit2.WebView(web_context=context, settings=settings, is_controlled_by_automation=True)
    window = Gtk.Window(title='WebKitGTK journeys')
    window.set_default_size(1366, 768)
    window.add(view)
    windows.append(window)

    def closed(_view):
        windows.remove(window)
        window.destroy()

    view.connect('close', closed)
    # A crashed or killed page says so where the tests read the console.
    view.connect('web-process-terminated', lambda _view, reason: print(
        f'browser.py: the web process ended ({reason.value_nick})', file=sys.stderr, flush=True))
    window.show_all()
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name('WebKitGTK journeys')
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect('create-web-view', create_web_view)


context.connect('automation-started', automation_started)
Gtk.main()
