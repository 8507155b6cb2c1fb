import { FrontendFraming } from './pg-framing.js';

const int32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeInt32BE(value);
  return bytes;
};
const startup = (params = 'user\0postgres\0database\0postgres\0\0') =>
  Buffer.concat([int32(8 + params.length), int32(196608), Buffer.from(params)]);
const message = (type: string, body: string) =>
  Buffer.concat([Buffer.from(type), int32(4 + body.length), Buffer.from(body)]);

describe('FrontendFraming', () => {
  const session = Buffer.concat([
    int32(8),
    int32(80877103), // SSL request, answered "N"
    startup(),
    message('p', 'postgres\0'),
    message('Q', 'SELECT 1\0'),
    message('P', '\0SELECT $1\0\0\0'),
    message('S', ''),
    message('X', ''),
  ]);

  it('accepts what pg sends, however it is cut into chunks', () => {
    for (let cut = 1; cut < session.length; cut++) {
      const framing = new FrontendFraming();
      expect(framing.accept(session.subarray(0, cut))).toBe(true);
      expect(framing.accept(session.subarray(cut))).toBe(true);
    }
    const byteByByte = new FrontendFraming();
    for (const byte of session) expect(byteByByte.accept(Buffer.from([byte]))).toBe(true);
  });

  it.each([
    ['a startup message claiming 2 GiB', Buffer.concat([int32(0x7fffffff), int32(196608)])],
    ['a negative startup length', Buffer.concat([int32(-5), int32(196608)])],
    ['an unknown protocol version', Buffer.concat([int32(16), int32(131072)])],
    ['an unknown message type', Buffer.concat([startup(), message('Z', '')])],
    ['a negative message length', Buffer.concat([startup(), Buffer.from('Q'), int32(-255)])],
    ['a length shorter than itself', Buffer.concat([startup(), Buffer.from('Q'), int32(3)])],
    ['HTTP', Buffer.from('GET / HTTP/1.1\r\n\r\n')],
  ])('refuses %s', (_name, bytes) => {
    expect(new FrontendFraming().accept(bytes)).toBe(false);
  });
});
