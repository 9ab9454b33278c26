// A bounce (NDR) pasted or dropped where tool output belongs. Both readers ask the same questions, in this order of
// certainty, so a bounce is recognised the same way on either step.

/** DSN fields and the headings of Exchange Online's NDR (en, ja, zh-TW, de): only a bounce has them. */
const HEADINGS =
  /^Reporting-MTA:|Diagnostic information for administrators|Remote Server returned|管理者向けの診断情報|系統管理員的診斷資訊|Diagnoseinformationen für Administratoren/im;
/** An SMTP reply with an enhanced status code (RFC 3463): `550 5.7.705`. */
const SMTP_REPLY = /\b[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b/;
/** A bare enhanced status code: a sign only in text no reader recognised (a connector's comment may name one). */
const STATUS_CODE = /\b[45]\.\d{1,3}\.\d{1,3}\b/;

export const hasBounceHeadings = (text: string): boolean => HEADINGS.test(text);
export const hasSmtpReply = (text: string): boolean => SMTP_REPLY.test(text);
export const hasStatusCode = (text: string): boolean => STATUS_CODE.test(text);
