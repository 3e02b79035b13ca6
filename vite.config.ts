import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The workbench client: src/web/client → dist/client, served by src/web/server/client-assets.ts. Everything
// it needs is bundled (no CDN, no web fonts), so the page makes no request beyond its own server.
export default defineConfig({
  root: resolve(import.meta.dirname, "src/web/client"),
  base: "/",
  plugins: [react()],
  worker: { format: "es" },
  build: {
    outDir: resolve(import.meta.dirname, "dist/client"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
  },
  logLevel: "warn",
});
