/**
 * How many explanations per second `explain` manages: one typical line, a 10-line mixed batch, and
 * the worst case the API accepts for one line (8 KB of short attributes), and an 8 KB run of spaces
 * beside a line of the same size without one (their ratio stays near 1 with a linear trim).
 */
import { bench, describe } from "vitest";
import { explain } from "@/lib/cookie/explain";

const now = "2025-01-01T00:00:00Z";

const typical = "sid=3f2a9c1e7b; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Lax";

const mixed = [
  typical,
  "theme=dark",
  "__Host-csrf=abc; Secure; Path=/",
  "__Host-bad=abc; Secure; Domain=localhost",
  "tracker=1; SameSite=None",
  "cart=%7B%22items%22%3A3%7D; Expires=Wed, 21 Oct 2099 07:28:00 GMT; Path=/shop",
  "lonely",
  "a=b; Max-Age=2.5; Version=1; Priority=High",
  "bye=; Max-Age=0",
  "x=1; Domain=com",
];

/** Thousands of tiny attributes cost the most per byte: each is split, trimmed, matched and explained. */
const worst = `big=${"v".repeat(1000)}${"; x; Path=/p; Expires=Wed, 21 Oct 2099 07:28:00 GMT".repeat(200)}`.slice(0, 8192);

/** An 8 KB line that is one long run of spaces inside its name: quadratic under a regex trim. */
const spaces = `a${" ".repeat(8189)}b=`;
/** The same size without the run, to compare it with. */
const plain = `a${"x".repeat(8189)}b=`;

describe("explain", () => {
  bench("a typical single line", () => {
    explain({ setCookie: typical, url: "https://shop.example/", now });
  });

  bench("a 10-line mixed batch", () => {
    explain({ setCookie: mixed, now });
  });

  bench("a worst-case 8 KB line", () => {
    explain({ setCookie: worst, url: "https://shop.example/", now });
  });

  bench("an 8 KB line of one inner run of spaces", () => {
    explain({ setCookie: spaces, url: "https://shop.example/", now });
  });

  bench("an 8 KB line of the same size without spaces", () => {
    explain({ setCookie: plain, url: "https://shop.example/", now });
  });
});
