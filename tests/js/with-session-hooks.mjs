// Module resolution hook: `isomorphic-ws` -> ./ws-with-cookie.mjs.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "isomorphic-ws") {
    return { url: new URL("./ws-with-cookie.mjs", import.meta.url).href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
