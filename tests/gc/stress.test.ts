import { describe, expect, it } from "vitest";
import { runStress } from "./stress-model.js";

// A few seeds of the randomized stress test; scripts/gc-stress.mjs is the long run.
describe("gc stress (shadow model + verifier after every collection)", () => {
  for (const seed of [1, 2, 0xdecaf]) {
    it(`seed ${seed}`, () => {
      const r = runStress({ seed, collections: 30 });
      expect(r.collections).toBe(30);
      expect(r.major).toBeGreaterThan(0);
      expect(r.checkedNodes).toBeGreaterThan(1000);
    });
  }
});
