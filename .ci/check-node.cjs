// Runs first in every npm script (and must itself run on old Node: CommonJS, no syntax
// newer than Node 12). pdf.js 6, wxt 0.21 and vitest 5 need Node 22; on Node 20 the CV
// tests fail and the test reporter crashes, which says nothing about the real cause.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `JobTrack needs Node.js 22 or newer and this is Node ${process.version}: install Node 22 (https://nodejs.org, or "nvm install 22"), then run "npm ci" and this command again.`,
  );
  process.exit(1);
}
