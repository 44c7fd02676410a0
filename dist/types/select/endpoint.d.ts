export declare function parameterOf(segment: string): string | undefined;
export declare function pathOf(url: string): string;
/** A template such as `/api/orders/{id}` matches `/api/orders/981`. */
export interface RouteTemplate {
    method: string;
    segments: string[];
    name: string;
}
export declare function parseRouteTemplate(match: string): RouteTemplate | undefined;
/** Names the endpoint of a request: the first configured template that matches, else the inferred one. */
export declare function endpointOf(method: string, url: string, templates?: readonly RouteTemplate[]): string;
/** The name of the first configured template that matches, if any: it is never generalised further. */
export declare function configuredEndpoint(method: string, url: string, templates: readonly RouteTemplate[]): string | undefined;
/**
 * The endpoint as this one URL shows it (ids, UUIDs, hashes, codes, dates become parameters);
 * selection then generalises slugs by their spread over the snapshot (segment-census.ts).
 */
export declare function inferredEndpoint(method: string, url: string): string;
