import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../graph/graph-error';
import { describeActionFailure } from './action-failure';

const http = (status: number, message = 'Graph said no.') => new GraphError({ kind: 'http', status, code: `http${status}`, message });

describe('describeActionFailure', () => {
  it('says what happened in Graph’s words, then what to do', () => {
    expect(describeActionFailure('sync', http(500, 'Apple did not answer.'))).toBe(
      'Apple did not answer. Try again in a moment; if it keeps failing, give support the request ID.',
    );
    expect(describeActionFailure('sync', http(409))).toBe(
      'Graph said no. Intune cannot start a sync now, often because one is under way: wait for it to finish, then sync again.',
    );
    expect(describeActionFailure('delete', http(412))).toBe(
      'Graph said no. It is back in the list. The token changed since this page read it: refresh, then delete it again.',
    );
    expect(describeActionFailure('load', http(429))).toBe('Graph said no. Graph is throttling requests: wait a minute, then retry.');
  });

  it('names the permission a 403 lacks, for reading and for changing', () => {
    expect(describeActionFailure('load', http(403))).toMatch(/can't read VPP tokens: that needs the DeviceManagementServiceConfig\.Read\.All .* Ask an Intune administrator/);
    expect(describeActionFailure('delete', http(403))).toMatch(/not change it: that needs the DeviceManagementServiceConfig\.ReadWrite\.All permission\. It is back in the list\. Ask/);
  });

  it('without an answer says the action may have happened all the same, and never that the row is back', () => {
    const timeout = GraphError.timeout('id', 2.5);
    expect(describeActionFailure('delete', timeout)).toBe(
      "Microsoft Graph didn't answer within 2.5 seconds. The token may have been deleted all the same: the list shows what Graph holds now.",
    );
    expect(describeActionFailure('sync', timeout)).toMatch(/^Microsoft Graph didn't answer within 2\.5 seconds\. The sync may have started all the same/);
  });

  it('tells a dropped connection, an unreadable answer and a missing token apart', () => {
    expect(describeActionFailure('sync', GraphError.network('id'))).toBe('The connection dropped before Graph answered. Check your connection, then sync again.');
    expect(describeActionFailure('delete', GraphError.network('id'))).toBe(
      'The connection dropped before Graph answered. Check your connection, then delete it again if it is still in the list.',
    );
    expect(describeActionFailure('load', GraphError.parse(200, 'id'))).toMatch(/^Microsoft Graph answered 200, but the answer couldn't be read\. Try again/);
    expect(describeActionFailure('sync', http(404))).toBe('This token no longer exists in Intune: it was deleted elsewhere. Go back to the list of VPP tokens.');
    expect(describeActionFailure('load', http(404))).toMatch(/Check graph\.baseUrl and graph\.version in config\.json/);
  });

  it('copes with an error that is not Graph’s', () => {
    expect(describeActionFailure('load', new Error('Boom.'))).toBe('Boom. Try again in a moment; if it keeps failing, give support the request ID.');
    expect(describeActionFailure('load', 'odd')).toMatch(/^Something unexpected went wrong\./);
  });
});
