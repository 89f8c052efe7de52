import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web UI: built into dist/web, served by the Fastify app at /. In dev, /api goes to the server.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
