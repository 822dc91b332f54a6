/** What a client gets for a refused request: the status, a JSON GraphQL-style error with this code, and nothing internal. */
export async function expectJsonError(res: Response, status: number, code: string): Promise<{ message: string; extensions: { code: string } }> {
  const text = await res.text();
  expect({ status: res.status, contentType: res.headers.get('content-type'), text: text.slice(0, 300) }).toEqual({
    status,
    contentType: expect.stringMatching(/^application\/(graphql-response\+)?json/),
    text: expect.any(String),
  });
  expectNothingInternal(text);
  const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0].extensions.code).toBe(code);
  return body.errors[0];
}

/** No HTML page, stack frame or path of the server's files in a response body. */
export function expectNothingInternal(text: string): void {
  expect(text).not.toMatch(/<html/i);
  expect(text).not.toMatch(/\bat \S+ \(|node_modules|stacktrace/);
  expect(text).not.toContain(process.cwd());
}
