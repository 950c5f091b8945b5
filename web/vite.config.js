import { defineConfig } from 'vite';

// The build goes to dist/, which the Go package web embeds; asset names
// carry a content hash so that the handler can let browsers cache them.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    reportCompressedSize: true,
  },
  // For work on the UI: `npm run dev` (or `npx vite preview` after a
  // build) with annalist serve running at ANNALIST_API.
  server: {
    proxy: { '/api': process.env.ANNALIST_API ?? 'http://127.0.0.1:8080' },
  },
});
