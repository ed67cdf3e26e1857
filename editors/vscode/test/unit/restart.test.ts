import * as assert from "assert";
import { RestartScheduler } from "../../src/common/restart";

const DELAY_MS = 30;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("server restarts", () => {
  it("restart once after a burst of changes has settled", async () => {
    let restarts = 0;
    const scheduler = new RestartScheduler(() => Promise.resolve(void (restarts += 1)), DELAY_MS);
    scheduler.schedule();
    await sleep(DELAY_MS / 3);
    scheduler.schedule();
    await sleep(DELAY_MS / 3);
    scheduler.schedule();
    assert.strictEqual(restarts, 0, "not while changes keep coming");
    await sleep(DELAY_MS * 3);
    assert.strictEqual(restarts, 1);
  });

  it("wait for a running generation, then restart right after it", async () => {
    let restarts = 0;
    const scheduler = new RestartScheduler(() => Promise.resolve(void (restarts += 1)), DELAY_MS);
    let finish: () => void = () => undefined;
    const generation = scheduler.whileBusy(() => new Promise<string>((resolve) => (finish = () => resolve("done"))));
    scheduler.schedule();
    await sleep(DELAY_MS * 3);
    assert.strictEqual(restarts, 0, "the generation would be lost");
    finish();
    assert.strictEqual(await generation, "done");
    assert.strictEqual(restarts, 1);
  });

  it("restart after a failed generation too", async () => {
    let restarts = 0;
    const scheduler = new RestartScheduler(() => Promise.resolve(void (restarts += 1)), DELAY_MS);
    const generation = scheduler.whileBusy(async () => {
      await sleep(DELAY_MS * 3);
      throw new Error("render timed out");
    });
    scheduler.schedule();
    await assert.rejects(generation, /render timed out/);
    assert.strictEqual(restarts, 1);
  });

  it("drop a scheduled restart when one happens now", async () => {
    let restarts = 0;
    const scheduler = new RestartScheduler(() => Promise.resolve(void (restarts += 1)), DELAY_MS);
    scheduler.schedule();
    scheduler.cancel();
    await sleep(DELAY_MS * 3);
    assert.strictEqual(restarts, 0);
  });
});
