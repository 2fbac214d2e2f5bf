import { expiryCalendar, type ExpiryCalendar, type ExpiryCalendarOptions, type ExpiryCalendarToken } from '../model/expiry-calendar';

// Off the main thread: `ics` validates and folds each event at about a millisecond apiece, so a
// calendar of 3,000 tokens would freeze the list for seconds.

export type ExpiryCalendarRequest = { tokens: ExpiryCalendarToken[]; options: ExpiryCalendarOptions };
export type ExpiryCalendarAnswer = { ok: true; calendar: ExpiryCalendar } | { ok: false; message: string };

// The app's TypeScript knows the window's globals, not a worker's: these two are all it uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExpiryCalendarRequest>) => void) | null;
  postMessage: (answer: ExpiryCalendarAnswer) => void;
};

scope.onmessage = ({ data }) => {
  let answer: ExpiryCalendarAnswer;
  try {
    answer = { ok: true, calendar: expiryCalendar(data.tokens, data.options) };
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
