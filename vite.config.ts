import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The workbench client: src/web/client → dist/client, served by src/web/server/client-assets.ts. Everything
// it needs is bundled (no CDN, no web fonts), so the page makes no request beyond its own server.
export default defineConfig({
  root: resolve(import.meta.dirname, "src/web/client"),
  base: "/",
  plugins: [react()],
  // Production React whatever NODE_ENV the building process has (Vitest sets "test", which would bundle
  // React's development build: larger and several times slower).
  mode: "production",
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
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
