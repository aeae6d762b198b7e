import { uk, en } from "../../src/taskpane/locale/strings";

describe("the pane's words", () => {
  it("both locales have the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(uk).sort());
  });
});
