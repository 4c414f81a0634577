import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { RESIZE_MESSAGE } from "./resize";

// The real public/embed-resize.js, run in a sandbox standing in for the host page.
const SOURCE = readFileSync(join(process.cwd(), "public/embed-resize.js"), "utf8");
const LAB = "https://lab.example";

function hostPage() {
  const frameWindow = {};
  const otherWindow = {};
  const frames = [
    { contentWindow: otherWindow, style: { height: "" } },
    { contentWindow: frameWindow, style: { height: "" } },
  ];
  let listener: ((event: unknown) => void) | undefined;
  const window = { addEventListener: (type: string, fn: (event: unknown) => void) => type === "message" && (listener = fn) };
  const document = { currentScript: { src: `${LAB}/embed-resize.js` }, getElementsByTagName: () => frames };
  runInNewContext(SOURCE, { window, document, URL, Math, isFinite });
  const post = (origin: string, data: unknown, source: unknown = frameWindow) => listener!({ origin, data, source });
  return { post, frame: frames[1]!, other: frames[0]!, otherWindow };
}

describe("public/embed-resize.js", () => {
  it("should resize the iframe whose window posted the lab's message", () => {
    const page = hostPage();
    page.post(LAB, { type: RESIZE_MESSAGE, height: 612.4 });
    expect(page.frame.style.height).toBe("613px");
    expect(page.other.style.height).toBe("");
  });

  it.each([
    ["another origin", "https://evil.example"],
    ["the lab's host over another scheme", "http://lab.example"],
    ["an opaque origin", "null"],
  ])("should ignore a message from %s", (_, origin) => {
    const page = hostPage();
    page.post(origin, { type: RESIZE_MESSAGE, height: 500 });
    expect(page.frame.style.height).toBe("");
  });

  it.each([
    ["another type", { type: "resize", height: 500 }],
    ["a height that is not a number", { type: RESIZE_MESSAGE, height: "500px; background:red" }],
    ["an infinite height", { type: RESIZE_MESSAGE, height: Infinity }],
    ["no data", null],
  ])("should ignore a message with %s", (_, data) => {
    const page = hostPage();
    page.post(LAB, data);
    expect(page.frame.style.height).toBe("");
  });

  it("should cap the height and touch no frame when the sender is not one of the page's iframes", () => {
    const page = hostPage();
    page.post(LAB, { type: RESIZE_MESSAGE, height: 1e9 });
    expect(page.frame.style.height).toBe("10000px");
    const other = hostPage();
    other.post(LAB, { type: RESIZE_MESSAGE, height: 500 }, {});
    expect([other.frame.style.height, other.other.style.height]).toEqual(["", ""]);
  });
});
