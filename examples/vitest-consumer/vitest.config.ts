import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['consumer.test.ts'], setupFiles: ['./vitest.setup.ts'] },
});
