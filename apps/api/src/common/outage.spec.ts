import { S3ServiceException } from '@aws-sdk/client-s3';
import { QueryFailedError } from 'typeorm';
import { outageOf } from './outage.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const s3Error = (status: number) =>
  new S3ServiceException({
    name: 'S3Error',
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });

describe('outageOf', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a server shutting down (57P01)', new QueryFailedError('SELECT 1', [], withCode('57P01'))],
    ['a server starting up (57P03)', withCode('57P03')],
    ['a connection exception (08006)', withCode('08006')],
    ['too many connections (53300)', withCode('53300')],
    ['a closed socket', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
  ])('sees the database down on %s', (_, error) => {
    expect(outageOf(error)).toBe('database');
  });

  it('sees storage down on an SDK network error or an S3 5xx, not on an S3 4xx', () => {
    expect(outageOf(Object.assign(withCode('ECONNREFUSED'), { $metadata: {} }))).toBe('storage');
    expect(outageOf(s3Error(503))).toBe('storage');
    expect(outageOf(s3Error(404))).toBeNull();
  });

  it('leaves ordinary failures alone', () => {
    expect(outageOf(new QueryFailedError('INSERT', [], withCode('23505')))).toBeNull();
    expect(outageOf(new TypeError('undefined is not a function'))).toBeNull();
    expect(outageOf('ECONNREFUSED')).toBeNull();
    expect(outageOf(null)).toBeNull();
  });
});
