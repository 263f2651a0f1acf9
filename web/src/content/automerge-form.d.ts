/** Types for automerge-form.js. */
export declare function isTextField(patterns: readonly string[], path: readonly (string | number)[]): boolean;
export declare function toAutomergeShape<T>(
  value: T,
  textPatterns: readonly string[],
  wrapScalar: (text: string) => unknown,
  path?: (string | number)[],
): unknown;
export declare function fromAutomergeShape<T>(value: unknown, unwrapScalar: (value: unknown) => string | undefined): T;
