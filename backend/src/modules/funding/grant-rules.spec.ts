import { ValidationFailed } from '../../common/errors';
import { addDays, daysBetween, parisToday, quarterOf } from './funding-dates';
import {
  checkInstalmentsFit,
  checkPeriod,
  checkReceipt,
  checkReportSending,
  checkSpendingDay,
  checkStatusChange,
  rejectNulls,
} from './grant-rules';

/** The field a rule complains about, or null when it lets the values through. */
function fieldOf(rule: () => void): string | null {
  try {
    rule();
    return null;
  } catch (e) {
    if (!(e instanceof ValidationFailed)) throw e;
    return Object.keys(e.fields ?? {}).join(',');
  }
}

describe('the rules a grant keeps', () => {
  it('moves along its life only where allowed, dated between the last change and today', () => {
    expect(
      fieldOf(() => checkStatusChange('prospect', 'drafting', '2026-02-01', '2026-01-15', '2026-03-01')),
    ).toBeNull();
    expect(fieldOf(() => checkStatusChange('applied', 'granted', '2026-01-15', '2026-01-15', '2026-01-15'))).toBeNull();
    expect(fieldOf(() => checkStatusChange('granted', 'applied', '2026-02-01', '2026-01-15', '2026-03-01'))).toBe(
      'status',
    );
    expect(fieldOf(() => checkStatusChange('refused', 'closed', '2026-02-01', '2026-01-15', '2026-03-01'))).toBe(
      'status',
    );
    expect(fieldOf(() => checkStatusChange('closed', 'granted', '2026-02-01', '2026-01-15', '2026-03-01'))).toBe(
      'status',
    );
    expect(fieldOf(() => checkStatusChange('applied', 'refused', '2026-01-14', '2026-01-15', '2026-03-01'))).toBe('on');
    expect(fieldOf(() => checkStatusChange('applied', 'refused', '2026-03-02', '2026-01-15', '2026-03-01'))).toBe('on');
  });

  it('keeps periods in order, received pairs whole, spending inside the period, sent reports dated', () => {
    expect(fieldOf(() => checkPeriod('2026-01-01', '2025-12-31'))).toBe('endsOn');
    expect(fieldOf(() => checkPeriod('2026-01-01', '2026-01-01'))).toBeNull();
    expect(fieldOf(() => checkPeriod(null, '2025-12-31'))).toBeNull();
    expect(fieldOf(() => checkReceipt(100, null, '2026-01-01'))).toBe('receivedOn');
    expect(fieldOf(() => checkReceipt(null, '2025-12-01', '2026-01-01'))).toBe('receivedCents');
    expect(fieldOf(() => checkReceipt(100, '2026-01-02', '2026-01-01'))).toBe('receivedOn');
    expect(fieldOf(() => checkSpendingDay('2026-01-01', '2026-01-01', '2026-12-31', '2026-06-01'))).toBeNull();
    expect(fieldOf(() => checkSpendingDay('2025-12-31', '2026-01-01', null, '2026-06-01'))).toBe('spentOn');
    expect(fieldOf(() => checkSpendingDay('2026-06-02', null, null, '2026-06-01'))).toBe('spentOn');
    expect(fieldOf(() => checkReportSending('sent', null, '2026-06-01'))).toBe('sentOn');
    expect(fieldOf(() => checkReportSending('due', '2026-05-01', '2026-06-01'))).toBe('status');
    expect(fieldOf(() => checkReportSending('accepted', '2026-05-01', '2026-06-01'))).toBeNull();
  });

  it('never lets instalments promise more than granted, nor a PATCH erase a required value', () => {
    expect(fieldOf(() => checkInstalmentsFit(1_000_000, 1_000_000, 'expectedCents'))).toBeNull();
    expect(fieldOf(() => checkInstalmentsFit(1_000_001, 1_000_000, 'expectedCents'))).toBe('expectedCents');
    expect(fieldOf(() => checkInstalmentsFit(1_000_001, 1_000_000, 'amountGrantedCents'))).toBe('amountGrantedCents');
    expect(fieldOf(() => checkInstalmentsFit(5, null, 'expectedCents'))).toBeNull();
    expect(fieldOf(() => rejectNulls({ title: null, notes: null }, ['title', 'amountRequestedCents']))).toBe('title');
  });
});

describe('calendar days in Paris', () => {
  it('takes today in Paris, not in UTC', () => {
    expect(parisToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(parisToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('counts days and finds quarters across month and year ends', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(daysBetween('2027-03-17', '2027-03-31')).toBe(14);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(quarterOf('2026-11-25')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2028-02-10')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
  });
});
