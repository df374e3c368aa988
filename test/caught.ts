/** The error a call fails with; fails the test if the call succeeds. Lets a test inspect the error's fields. */
export async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}
