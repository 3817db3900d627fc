// The map's "kill switch": published in place of sw.js, it empties every
// returning visitor's copy of the map and steps aside. Use it when the site
// is taken down, or when pages must not survive on visitors' devices (a case
// withdrawn because it endangers someone): see README, "Taking the map down".
// The browser checks sw.js on each visit (it is served with no-cache), finds
// this one, installs it, and it deletes the map's caches, unregisters itself
// and reloads the open pages from the network.
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith('central-asia-rights-map-')).map((k) => caches.delete(k)));
    await self.registration.unregister();
    const windows = await self.clients.matchAll({ type: 'window' });
    await Promise.all(windows.map((client) => client.navigate(client.url).catch(() => undefined)));
  })());
});
