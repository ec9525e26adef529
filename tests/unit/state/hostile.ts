// Values a link may carry that no key should accept: markup, SQL, paths, control characters, bulk.
export const HOSTILE = ['<img src=x onerror=alert(1)>', "'; DROP TABLE vals; --", '../../../etc/passwd', '%00', '\u202e', 'x'.repeat(5000)];
