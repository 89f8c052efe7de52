import { defineConfig } from 'drizzle-kit';

// Migrations are generated from src/db/schema (npm run db:generate), committed, forward-only.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
});
