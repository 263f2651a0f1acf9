// After a benchmark run: a fresh client (memory only, new peer id) fetches
// every document the load clients wrote from the server and checks that it
// holds the last change. Runs after the measurement window closes.
//
// Usage: node [--import ../js/with-session.mjs] verify.mjs --kind hospes|reference
//   --sync ws://... --http http://... --changes N --manifests FILE,FILE,...
//   [--user NAME --passphrase-file FILE]
// Prints "verified: N of M documents" and exits 0 only if N == M.
import { readFileSync } from "node:fs";
import { clientRepo, eachLimited, expectedNotes, parseArgs, signIn } from "./client-common.mjs";

const args = parseArgs(process.argv.slice(2));
const changes = Number(args.changes);

setTimeout(() => {
  console.error("verify: timed out");
  process.exit(1);
}, Number(args.timeout ?? 120) * 1000).unref();

const session = args.kind === "hospes" ? await signIn(args.http, args.user, args["passphrase-file"]) : undefined;
const repo = clientRepo(args.sync, session?.peerId);
await new Promise(resolve => repo.networkSubsystem.once("peer", resolve));

const urls = args.manifests
  .split(",")
  .flatMap(file => readFileSync(file, "utf8").split("\n"))
  .filter(Boolean);

let good = 0;
const problems = [];
await eachLimited(urls, 32, async url => {
  try {
    const doc = (await repo.find(url)).doc();
    if (doc.round === changes && doc.notes === expectedNotes(changes)) {
      good += 1;
    } else if (problems.length < 5) {
      problems.push(`${url}: round ${doc.round}`);
    }
  } catch (error) {
    if (problems.length < 5) problems.push(`${url}: ${error.message}`);
  }
});

console.log(`verified: ${good} of ${urls.length} documents`);
for (const problem of problems) console.log(`  ${problem}`);
await repo.shutdown();
process.exit(good === urls.length && urls.length > 0 ? 0 : 1);
