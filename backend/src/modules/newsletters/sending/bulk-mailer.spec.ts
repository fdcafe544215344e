import { classifySmtpError, retryDelaySeconds } from './bulk-mailer';

describe('SMTP outcomes', () => {
  it('treats a 5xx on RCPT TO as a hard bounce, another 5xx as final, the rest as worth a retry', () => {
    expect(classifySmtpError({ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 User unknown', command: 'RCPT TO' })).toEqual({ status: 'bounced', response: '550 5.1.1 User unknown' });
    expect(classifySmtpError({ code: 'EMESSAGE', responseCode: 552, response: '552 Message too big', command: 'DATA' }).status).toBe('failed');
    expect(classifySmtpError({ code: 'EENVELOPE', responseCode: 451, response: '451 Try later' }).status).toBe('retry');
    expect(classifySmtpError(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' }))).toEqual({ status: 'retry', response: 'Connection closed' });
  });

  it('backs off exponentially, capped at an hour', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((a) => retryDelaySeconds(60, a, mid))).toEqual([60, 120, 240, 480]);
    expect(retryDelaySeconds(60, 12, mid)).toBe(3600);
    expect(retryDelaySeconds(60, 1, () => 0)).toBe(48);
    expect(retryDelaySeconds(60, 1, () => 1)).toBe(72);
  });
});
