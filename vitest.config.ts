import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "jit-tests/**/*.test.ts"],
    testTimeout: 60_000,
    pool: "forks",
  },
});
