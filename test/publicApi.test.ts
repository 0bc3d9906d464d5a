import { expect, it } from "vitest";
import * as actlab from "../src/index";

// The API changes only on purpose: a new or removed export shows up here and in review.
it("exports exactly the documented public API", () => {
  expect(Object.keys(actlab).sort()).toMatchSnapshot();
});
