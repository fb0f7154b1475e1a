import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app is served by the API server from dist/web (same origin); in development Vite proxies /api to it.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, proxy: { '/api': 'http://localhost:8080' } },
});
