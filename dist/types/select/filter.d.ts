/**
 * The `select:` block of the rules file: which recorded requests may be replayed at all, before
 * sampling. Globs (see compileGlob) match the path without its query, percent-decoded.
 */
export interface SelectRules {
    include?: string[];
    exclude?: string[];
    methods?: string[];
}
export type SelectDecision = 'keep' | 'excluded' | 'method';
export interface SelectFilter {
    (method: string, url: string): SelectDecision;
}
export declare function compileSelectFilter(rules: SelectRules): SelectFilter | undefined;
/**
 * A path glob, with picomatch's syntax: `*`, `**`, `?`, braces (`/{posts,comments}/**`), classes
 * (`[0-9]`) and extglobs (`+(a|b)`). Dots are ordinary characters (`/.well-known/*`). A path always
 * starts with `/`: it is matched without it, so a leading `**` also matches no segment at all,
 * as a trailing one does (`/api/**` matches `/api`).
 */
export declare function compileGlob(glob: string): (path: string) => boolean;
