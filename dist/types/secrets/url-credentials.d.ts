/** Whether a URL carries credentials before its host (`https://user:password@host`). */
export declare function carriesUserinfo(url: string): boolean;
/** The URL as it may be printed: credentials before the host, if any, replaced by `***`. */
export declare function withoutUserinfo(url: string): string;
