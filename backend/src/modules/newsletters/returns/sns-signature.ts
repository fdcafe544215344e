import { createVerify, X509Certificate } from 'node:crypto';

/** An Amazon SNS message as posted to an HTTP(S) subscription. */
export interface SnsMessage {
  Type: string;
  MessageId: string;
  TopicArn: string;
  Message: string;
  Timestamp: string;
  Subject?: string;
  SubscribeURL?: string;
  Token?: string;
  SignatureVersion: string;
  Signature: string;
  SigningCertURL: string;
}

/** The fields SNS signs, in this order, as `Name\nvalue\n` (Subject only when present). */
const SIGNED: Record<string, string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
};

export function snsStringToSign(m: SnsMessage): string | null {
  const fields = SIGNED[m.Type];
  if (!fields) return null;
  const values = m as unknown as Record<string, unknown>;
  return fields
    .filter((f) => f !== 'Subject' || typeof values[f] === 'string')
    .map((f) => `${f}\n${typeof values[f] === 'string' ? values[f] : ''}\n`)
    .join('');
}

/**
 * Whether SNS signed the message (https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html):
 * the certificate comes from a URL matching `certUrlPattern` (AWS's own hosts, over https), is valid now, and its key
 * verifies the signature (version 1: SHA1, 2: SHA256) over the signed fields.
 */
export async function verifySns(
  m: SnsMessage,
  certUrlPattern: RegExp,
  fetchCert: (url: string) => Promise<string>,
): Promise<boolean> {
  const text = snsStringToSign(m);
  const algorithm = { '1': 'RSA-SHA1', '2': 'RSA-SHA256' }[m.SignatureVersion];
  if (!text || !algorithm || typeof m.Signature !== 'string' || !certUrlPattern.test(String(m.SigningCertURL))) {
    return false;
  }
  const cert = new X509Certificate(await fetchCert(m.SigningCertURL));
  const now = Date.now();
  if (now < Date.parse(cert.validFrom) || now > Date.parse(cert.validTo)) return false;
  return createVerify(algorithm).update(text, 'utf8').verify(cert.publicKey, m.Signature, 'base64');
}
