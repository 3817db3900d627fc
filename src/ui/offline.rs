//! Offline use: registers the service worker that the build writes (sw.js).
pub fn register_service_worker() {}
