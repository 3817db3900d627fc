// The two origins the suite serves: the map, and the campaigner's page that
// embeds it. Their ports come from playwright.config.mjs (E2E_PORT, E2E_HOST_PORT).
import { PORT, HOST_PORT } from '../../../playwright.config.mjs';

export const APP_ORIGIN = `http://127.0.0.1:${PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
