import { describe, expect, it } from "vitest";
import { checkExpected, expectFrom, type ExpectedCookie } from "./refused-cookies";

const PAGE = "http://localhost:3000/embed/cookie-basics";
const API = "http://localhost:3000/api/cookies";

describe("expectFrom", () => {
  it("should expect each stored line under its Path, or the default path of the response URL", () => {
    const expected = expectFrom([], ["a=1; Path=/; HttpOnly", "b=2"], API, "Set");
    expect(expected).toEqual([
      { name: "a", value: "1", path: "/", httpOnly: true, setBy: "Set" },
      { name: "b", value: "2", path: "/api", httpOnly: false, setBy: "Set" },
    ]);
  });

  it("should replace a cookie of the same name and path, and forget a deleted one", () => {
    const first = expectFrom([], ["a=1; Path=/", "b=1; Path=/"], API, "Set");
    const next = expectFrom(first, ["a=2; Path=/", "b=; Max-Age=0; Path=/"], API, "Again");
    expect(next).toEqual([{ name: "a", value: "2", path: "/", httpOnly: false, setBy: "Again" }]);
  });
});

describe("checkExpected", () => {
  const plain: ExpectedCookie = { name: "theme", value: "dark", path: "/", httpOnly: false, setBy: "Set theme" };
  const secret: ExpectedCookie = { name: "__Host-sid", value: "abc", path: "/", httpOnly: true, setBy: "Save" };

  it("should find a readable cookie missing from document.cookie refused at once", () => {
    expect(checkExpected([plain], { pageUrl: PAGE, documentCookie: "other=1" })).toEqual({
      refused: [{ name: "theme", setBy: "Set theme", missingFrom: "document.cookie" }],
      pending: [],
    });
  });

  it("should accept a readable cookie that document.cookie shows, and judge it no more", () => {
    expect(checkExpected([plain], { pageUrl: PAGE, documentCookie: "theme=dark" })).toEqual({ refused: [], pending: [] });
  });

  it("should count a cookie whose old value is still there as refused", () => {
    expect(checkExpected([plain], { pageUrl: PAGE, documentCookie: "theme=light" }).refused).toHaveLength(1);
  });

  it("should wait for the next request before judging an HttpOnly cookie", () => {
    expect(checkExpected([secret], { pageUrl: PAGE, documentCookie: "" })).toEqual({ refused: [], pending: [secret] });
  });

  it("should find an HttpOnly cookie missing from the next request's Cookie header refused", () => {
    const request = { url: "http://localhost:3000/api/session", cookieHeader: null };
    expect(checkExpected([secret], { pageUrl: PAGE, documentCookie: "", request }).refused).toEqual([
      { name: "__Host-sid", setBy: "Save", missingFrom: "Cookie header" },
    ]);
    expect(checkExpected([secret], { pageUrl: PAGE, documentCookie: "", request: { ...request, cookieHeader: "__Host-sid=abc" } }).refused).toEqual([]);
  });

  it("should not judge a cookie whose path covers neither the page nor the request", () => {
    const scoped = { ...plain, path: "/api/echo/inside" };
    const request = { url: "http://localhost:3000/api/echo/outside", cookieHeader: null };
    expect(checkExpected([scoped], { pageUrl: PAGE, documentCookie: "", request })).toEqual({ refused: [], pending: [scoped] });
  });
});
