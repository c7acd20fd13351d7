/**
 * The records a read gives (issue 16: made by a constructor so that V8 gives them room for every
 * field, ./rows.ts newRecord) are plain objects, as an object literal is: their prototype is
 * Object.prototype, they hold no undefined field, and a structured clone (what a message or
 * IndexedDB keeps) is strictly equal to them.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { loadFixture } from './load';

describe('order records', () => {
  it('are plain objects with only the fields the row shows', () => {
    const doc = loadFixture('logistics-performance/2022-11-08-zh-fusion.html');
    const { orders } = readPage(doc, 'https://i.alibaba.com/logistics.htm');
    expect(orders.length).toBeGreaterThan(0);
    for (const order of orders) {
      expect(Object.getPrototypeOf(order)).toBe(Object.prototype);
      expect(order.constructor).toBe(Object);
      expect(Object.values(order)).not.toContain(undefined);
      expect(Object.keys(order)[0]).toBe('id');
      expect(structuredClone(order)).toStrictEqual(order);
      expect({ ...order }).toStrictEqual(order);
    }
  });
});
