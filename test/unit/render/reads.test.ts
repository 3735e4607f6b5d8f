import { describe, expect, it } from 'vitest';
import {
  FieldCells,
  ListCell,
  Reads,
  recordedObject,
  recordedWhole,
  sameValue,
  ValueCell,
} from '../../../src/render/reads.js';
import { SiteDate } from '../../../src/shared/site-date.js';

/** A recorded post-like object in a fresh watch memo. */
function setup() {
  const reads = new Reads(true);
  reads.begin();
  const cells = new FieldCells();
  const target = { title: 'A', url: '/a/', tags: ['x'] };
  cells.retarget(target, reads);
  const proxy = recordedObject(reads, target, cells);
  return { reads, cells, proxy };
}

const read = (reads: Reads, render: () => unknown) => reads.track(render).recording!;

describe('recorded reads', () => {
  it('a read of one field records that field; a change to another field leaves the recording holding', () => {
    const { reads, cells, proxy } = setup();
    const recording = read(reads, () => proxy.title);
    expect(recording.cells).toEqual([cells.field('title')]);
    reads.begin();
    cells.retarget({ title: 'A', url: '/moved/', tags: ['x'] }, reads);
    expect(reads.holds(recording)).toBe(true);
    reads.begin();
    cells.retarget({ title: 'B', url: '/moved/', tags: ['x'] }, reads);
    expect(reads.holds(recording)).toBe(false);
  });

  it('JSON.stringify (jsonify) and a spread read every field and the set of keys', () => {
    const { reads, cells, proxy } = setup();
    const recording = read(reads, () => JSON.stringify(proxy));
    for (const key of ['title', 'url', 'tags']) expect(recording.cells).toContain(cells.field(key));
    expect(recording.cells).toContain(cells.keys);
    const spread = read(reads, () => ({ ...proxy }));
    expect(spread.cells).toContain(cells.field('url'));
  });

  it('a list read in any way (length, index, slice, iteration, a filter) records the list', () => {
    const reads = new Reads(true);
    reads.begin();
    const cell = new ListCell();
    const list = recordedWhole(reads, [1, 2, 3], cell);
    const ways: Array<() => unknown> = [
      () => list.length,
      () => list[0],
      () => list.slice(0, 2),
      () => [...list],
      () => list.filter((n) => n > 1),
      () => JSON.stringify(list),
    ];
    for (const way of ways) expect(read(reads, way).cells).toEqual([cell]);
  });

  it('a list changes when its members or their order do, not when it is made again the same', () => {
    const reads = new Reads(true);
    const cell = new ListCell();
    reads.begin();
    cell.update(['a', 'b'], reads);
    const recording = reads.track(() => reads.record(cell)).recording;
    reads.begin();
    cell.update(['a', 'b'], reads);
    expect(reads.holds(recording)).toBe(true);
    reads.begin();
    cell.update(['b', 'a'], reads);
    expect(reads.holds(recording)).toBe(false);
  });

  it('a recording holds until a cell it read changes, also when the change comes later in a build it held in', () => {
    const reads = new Reads(true);
    const [a, b] = [new ValueCell(), new ValueCell()];
    reads.begin();
    a.update(1, reads);
    b.update(1, reads);
    const recording = reads.track(() => {
      reads.record(a);
      reads.record(b);
    }).recording;
    reads.begin();
    expect(reads.holds(recording)).toBe(true);
    // Changed after it was found to hold in this build: it held in this build, and in the next.
    b.update(2, reads);
    reads.begin();
    expect(reads.holds(recording)).toBe(true);
    reads.begin();
    // Changed before the check.
    a.update(2, reads);
    expect(reads.holds(recording)).toBe(false);
    reads.begin();
    expect(reads.holds(recording)).toBe(false);
  });

  it('renders made again and again leave a bounded list of readers, and the one in use still hears of a change', () => {
    const reads = new Reads(true);
    const cell = new ValueCell();
    reads.begin();
    cell.update(0, reads);
    let last = reads.track(() => reads.record(cell)).recording;
    for (let i = 0; i < 1000; i++) {
      reads.begin();
      expect(reads.holds(last)).toBe(true);
      last = reads.track(() => reads.record(cell)).recording;
    }
    expect(cell.readers!.list.length).toBeLessThan(200);
    reads.begin();
    cell.update(1, reads);
    expect(reads.holds(last)).toBe(false);
  });

  it('a render that used a shared fragment stops holding when a cell the fragment read changes, before or after the fragment is checked', () => {
    const reads = new Reads(true);
    const cell = new ValueCell();
    reads.begin();
    cell.update(0, reads);
    const fragment = reads.track(() => reads.record(cell)).recording!;
    reads.addFragment(fragment);
    const page = reads.track(() => {}).recording;
    reads.begin();
    expect(reads.holds(page)).toBe(true);
    // The fragment is found to hold (reused), then the cell changes: the page, made before, holds no more.
    reads.begin();
    expect(reads.holds(fragment)).toBe(true);
    cell.update(1, reads);
    expect(reads.holds(page)).toBe(false);
    // A page made with a fragment that went stale (the cell changed before it was checked).
    reads.begin();
    reads.addFragment(fragment);
    const next = reads.track(() => {}).recording;
    reads.begin();
    cell.update(2, reads);
    expect(reads.holds(fragment)).toBe(false);
    expect(reads.holds(next)).toBe(false);
  });

  it('a clean build (no memo) records nothing', () => {
    const reads = new Reads(false);
    reads.begin();
    expect(reads.track(() => 1)).toEqual({ value: 1, recording: null });
  });

  it('values are compared as templates read them: dates by instant and kind, lists and maps by content', () => {
    expect(sameValue(new SiteDate(1000, 'UTC'), new SiteDate(1000, 'UTC'))).toBe(true);
    expect(sameValue(new SiteDate(1000, 'UTC'), new Date(1000))).toBe(false);
    expect(sameValue(new SiteDate(1000, 'UTC'), new SiteDate(2000, 'UTC'))).toBe(false);
    expect(sameValue([{ a: [1] }], [{ a: [1] }])).toBe(true);
    expect(sameValue([{ a: [1] }], [{ a: [2] }])).toBe(false);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false); // key order is what `for k in` shows
  });
});
