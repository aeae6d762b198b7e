/** An error shaped like OfficeExtension.Error. */
export class FakeExcelError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}
