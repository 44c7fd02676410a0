import type { Exchange } from './types.js';
/**
 * One HAR 1.2 entry as an exchange. HAR has no ids, so the entry's position names it. A response
 * with status 0 (Chromium's mark for a request that got no answer: blocked, aborted, failed) is
 * no response; neither is one whose body the tool did not save (`content.size` > 0 but no
 * `content.text`), since comparing with an empty body would report a change that is not there.
 */
export declare function harEntryToExchange(value: unknown, id: string): Exchange;
