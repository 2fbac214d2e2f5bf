/// <reference types="vite/client" />

/** True in dev, demo and test builds; false in `vite build` (production), where demo code is dropped. */
declare const __DEMO_BUILD__: boolean;
