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
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
