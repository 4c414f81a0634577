import { describe, expect, it } from "vitest";
import { analyzeLesson, compileLesson } from "./compile";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";

describe("remarkLesson", () => {
  it("should give a heading its explicit id and keep the comment out of the text", async () => {
    const facts = await analyzeLesson("## Where it lives {/*where-it-lives*/}\n\ntext\n");
    expect(facts.toc).toEqual([{ id: "where-it-lives", text: "Where it lives", depth: 2 }]);
    expect(facts.problems).toEqual([]);
  });

  it("should report a heading without an explicit id", async () => {
    const facts = await analyzeLesson("## No id here\n");
    expect(facts.problems).toEqual(['"No id here" has no explicit id: write it as ## No id here {/*an-id*/}.']);
  });

  it("should report a level-1 heading and an id used twice", async () => {
    const facts = await analyzeLesson("# Title {/*a*/}\n\n## Again {/*a*/}\n");
    expect(facts.problems).toContain('"Title" is a level-1 heading: the page\'s title is the only h1.');
    expect(facts.problems).toContain('The heading id "a" is used twice.');
  });

  it("should collect links and demo ids in order", async () => {
    const facts = await analyzeLesson('See [cookies](/learn/cookies#jar).\n\n<Demo id="cart" />\n\n<Demo id="tabs" />\n');
    expect(facts.links).toEqual(["/learn/cookies#jar"]);
    expect(facts.demoIds).toEqual(["cart", "tabs"]);
  });

  it("should render the id on the heading and highlight code with both themes", async () => {
    const { Content } = await compileLesson('## Hi {/*hi*/}\n\n```ts title="x.ts"\nconst a = 1;\n```\n');
    const html = renderToStaticMarkup(createElement(Content));
    expect(html).toContain('<h2 id="hi">Hi</h2>');
    expect(html).toContain('data-title="x.ts"');
    expect(html).toMatch(/--shiki-dark:#[0-9a-f]{6}/i);
    expect(html).toContain("dark:text-(--shiki-dark)");
  });

  it("should fill a code block from a project file named by file=", async () => {
    const { Content } = await compileLesson('```ts file="lib/lessons/code-meta.ts"\n```\n');
    const html = renderToStaticMarkup(createElement(Content));
    expect(html).toContain("parseCodeMeta");
  });
});
