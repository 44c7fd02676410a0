import type { EndpointStats, PlaceStats } from './types.js';
export interface NoisyPlace {
    endpoint: string;
    place: PlaceStats;
}
export declare function noisyPlaces(endpoints: readonly EndpointStats[]): NoisyPlace[];
/** Undefined when nothing noisy can be ignored. */
export declare function suggestRules(endpoints: readonly EndpointStats[]): string | undefined;
/** `routes: - match: … ignore: [...]` for every noisy place the rules file can ignore. */
export declare function ignoreSnippet(noisy: readonly NoisyPlace[]): string | undefined;
/**
 * A YAML double-quoted scalar: JSON's escapes are YAML's, and every character outside printable
 * ASCII is escaped too, since YAML reads some of them (NEL, line separators) as line breaks.
 */
export declare function yamlString(text: string): string;
