// The secretbox calls the security test uses to seal a session cookie as
// @fastify/secure-session does (sodium-native ships no types).
declare module 'sodium-native' {
  const sodium: {
    crypto_secretbox_NONCEBYTES: number;
    crypto_secretbox_MACBYTES: number;
    randombytes_buf(buf: Buffer): void;
    crypto_secretbox_easy(cipher: Buffer, msg: Buffer, nonce: Buffer, key: Buffer): void;
  };
  export default sodium;
}
