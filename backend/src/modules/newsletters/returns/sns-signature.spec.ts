import { AppConfig } from '../../../config/app-config';
import { snsStringToSign, type SnsMessage } from './sns-signature';

describe('SNS signatures', () => {
  it('by default, trusts signing certificates from AWS’s SNS hosts over https only', () => {
    const pattern = new RegExp(new AppConfig().SES_SNS_CERT_URL_PATTERN);
    expect(
      pattern.test(
        'https://sns.eu-west-3.amazonaws.com/SimpleNotificationService-7ff5318490ec183fbaddaa2a969abfda.pem',
      ),
    ).toBe(true);
    expect(pattern.test('https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-1.pem')).toBe(true);
    expect(pattern.test('http://sns.eu-west-3.amazonaws.com/SimpleNotificationService-1.pem')).toBe(false);
    expect(pattern.test('https://sns.eu-west-3.amazonaws.com.evil.example/SimpleNotificationService-1.pem')).toBe(
      false,
    );
    expect(pattern.test('https://evil.example/sns.eu-west-3.amazonaws.com/x.pem')).toBe(false);
    expect(pattern.test('https://sns.eu-west-3.amazonaws.com/x.pem?https://evil.example/a.pem')).toBe(false);
  });

  it('signs the documented fields in order, Subject only when present, and no unknown type', () => {
    const m = { Type: 'Notification', MessageId: 'id', TopicArn: 'arn', Message: 'hello', Timestamp: 'now' };
    expect(snsStringToSign(m as SnsMessage)).toBe(
      'Message\nhello\nMessageId\nid\nTimestamp\nnow\nTopicArn\narn\nType\nNotification\n',
    );
    expect(snsStringToSign({ ...m, Subject: 's' } as SnsMessage)).toContain('MessageId\nid\nSubject\ns\nTimestamp');
    expect(snsStringToSign({ ...m, Type: 'Other' } as SnsMessage)).toBeNull();
  });
});
