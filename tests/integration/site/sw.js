// A trivial service worker: activates at once, lets every fetch through to the network.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("fetch", () => {
  // passthrough: no respondWith(), so the browser fetches from the network as usual
});
