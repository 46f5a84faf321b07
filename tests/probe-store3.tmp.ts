import { applicationItems } from '../extension/store/records';
import { launchExtension } from './support/extension';
import { realisticApplications } from './support/seed';

async function main() {
  const apps = realisticApplications(5000);
  const items = await applicationItems(apps);
  const ext = await launchExtension();
  try {
    const keys = Object.keys(items);
    for (let i = 0; i < keys.length; i += 1000) {
      const slice = Object.fromEntries(keys.slice(i, i + 1000).map((k) => [k, items[k]]));
      await ext.worker.evaluate((e) => chrome.storage.local.set(e), slice);
    }
    const script = `(async () => {
      const t = {};
      const time = async (name, fn) => { const runs = []; for (let i = 0; i < 5; i++) { const s = performance.now(); await fn(); runs.push(performance.now() - s); } runs.sort((a,b)=>a-b); t[name] = Math.round(runs[2]); };
      const all = await chrome.storage.local.getKeys();
      const sums = all.filter((k) => k.startsWith('app:'));
      const feats = all.filter((k) => k.startsWith('feat:'));
      await time('getKeys', () => chrome.storage.local.getKeys());
      await time('get(null)', () => chrome.storage.local.get(null));
      await time('get(5000 app keys)', () => chrome.storage.local.get(sums));
      await time('get(5000 feat keys)', () => chrome.storage.local.get(feats));
      await time('get(500 feat keys)', () => chrome.storage.local.get(feats.slice(0, 500)));
      await time('get(200 feat keys)', () => chrome.storage.local.get(feats.slice(0, 200)));
      await time('get(40 feat keys)', () => chrome.storage.local.get(feats.slice(0, 40)));
      await time('get(1000 app keys)', () => chrome.storage.local.get(sums.slice(0, 1000)));
      return t;
    })()`;
    console.log(await ext.worker.evaluate(script));
  } finally {
    await ext.close();
  }
}
void main();
