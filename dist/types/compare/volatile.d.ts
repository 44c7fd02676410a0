export declare function volatileKind(value: string): string | undefined;
export declare function sameVolatileKind(a: string, b: string): boolean;
