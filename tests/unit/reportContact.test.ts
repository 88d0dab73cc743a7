import { describe, expect, it } from 'vitest';
import { parseReportContact } from '../../src/lib/outreach/reportContact.ts';

describe('parseReportContact', () => {
  it('shows no contact when neither is set, or set empty', () => {
    expect(parseReportContact({})).toEqual({});
    expect(parseReportContact({ REPORT_EMAIL: '', REPORT_PHONE: '  ' })).toEqual({});
  });

  it('takes an e-mail address as it is, without the spaces around it', () => {
    expect(parseReportContact({ REPORT_EMAIL: ' mistakes@example.org ' })).toEqual({ email: 'mistakes@example.org' });
  });

  it('takes a phone number in the form the site dials', () => {
    expect(parseReportContact({ REPORT_PHONE: '(021) 6321 2345' })).toEqual({ phone: '021-63212345' });
    expect(parseReportContact({ REPORT_PHONE: '+86 138 1234 5678' })).toEqual({ phone: '13812345678' });
  });

  it('takes both', () => {
    expect(parseReportContact({ REPORT_EMAIL: 'mistakes@example.org', REPORT_PHONE: '021-63212345' })).toEqual({
      email: 'mistakes@example.org',
      phone: '021-63212345',
    });
  });

  it('refuses something that is not one e-mail address, naming the variable', () => {
    for (const value of ['mistakes', 'mistakes@example', 'a@example.org,b@example.org', 'a@example.org?cc=b@example.org', 'Mistakes <a@example.org>']) {
      expect(() => parseReportContact({ REPORT_EMAIL: value }), value).toThrow(/^REPORT_EMAIL is ".+", which is not one e-mail address/u);
    }
  });

  it('refuses a number the site cannot dial, or a short one, naming the variable', () => {
    for (const value of ['12345', '021-6321', 'call us', '010-12345678']) {
      expect(() => parseReportContact({ REPORT_PHONE: value }), value).toThrow(/^REPORT_PHONE is ".+", which is not a number the site can dial/u);
    }
  });
});
