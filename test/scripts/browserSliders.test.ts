import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { coursePagesWithoutSliders, pagesWithSliders } from "../../scripts/lib/browser-sliders.mjs";

// The browser stage's coverage rule (issue 15): every built page of notebooks 00–09 carries a slider
// figure. Here on a made-up build folder, so the rule is seen to name the page that lacks one.
const dir = mkdtempSync(join(tmpdir(), "actlab-sliders-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const withSlider = '<div class="actlab-figure"><script>{"layout": {"sliders": [{"steps": []}]}}</script></div>';
writeFileSync(join(dir, "00-tour.html"), withSlider);
writeFileSync(join(dir, "05-softmax.html"), '<div class="actlab-figure">no slider here</div>');
writeFileSync(join(dir, "10-real-data.html"), "<p>not a course-proper notebook</p>");
writeFileSync(join(dir, "index.html"), withSlider);

describe("slider coverage of the built pages", () => {
  it("finds the pages whose HTML carries slider steps (not the index)", () => {
    expect(pagesWithSliders(dir, ".html")).toEqual(["00-tour.html"]);
  });

  it("names a page of 00–09 without a slider, and none when every such page has one", () => {
    const pages = pagesWithSliders(dir, ".html");
    expect(coursePagesWithoutSliders(dir, ".html", pages)).toEqual(["05-softmax.html"]);
    expect(coursePagesWithoutSliders(dir, ".html", [...pages, "05-softmax.html"])).toEqual([]);
  });
});
