// The app loads Automerge's wasm itself (`sync/repo.ts`); in Node, the package's
// Node entry does it for the module that `@automerge/automerge/slim` shares.
import "@automerge/automerge";
