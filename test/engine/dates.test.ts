import { describe, expect, it } from 'vitest';
import { addDays, compareDates, cstDateOf, daysBetween, isCalendarDate, parseCalendarDate, todayInCst } from '../../src/util/dates';

describe('calendar dates', () => {
  it.each([
    ['2022-11-06', -74, '2022-08-24'],
    ['2022-11-06', -15, '2022-10-22'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-12-31', 1, '2024-01-01'],
  ])('addDays(%s, %i) = %s', (d, n, want) => expect(addDays(d, n)).toBe(want));

  it('counts days between dates across a leap day', () => {
    expect(daysBetween('2024-02-27', '2024-03-01')).toBe(3);
    expect(daysBetween('2024-03-01', '2024-02-27')).toBe(-3);
  });

  it('compares and validates', () => {
    expect(compareDates('2022-01-02', '2022-01-10')).toBe(-1);
    expect(compareDates('2022-01-10', '2022-01-10')).toBe(0);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(parseCalendarDate(' 2024-02-29 ')).toBe('2024-02-29');
    expect(parseCalendarDate('2024/02/29')).toBeNull();
  });

  it('takes the CST calendar date of a date-time with an offset', () => {
    expect(cstDateOf('2024-03-01T20:30:00-05:00')).toBe('2024-03-02');
    expect(cstDateOf('2024-03-01T15:59:59Z')).toBe('2024-03-01');
    expect(cstDateOf('2024-03-01T16:00:00Z')).toBe('2024-03-02');
    expect(cstDateOf('2024-03-01T23:59:00+08:00')).toBe('2024-03-01');
    expect(cstDateOf('2024-03-01T10:00:00')).toBeNull();
    expect(cstDateOf('not a date')).toBeNull();
  });

  it('gives today in CST for a supplied instant', () => {
    expect(todayInCst(new Date('2022-11-07T16:30:00Z'))).toBe('2022-11-08');
  });
});
