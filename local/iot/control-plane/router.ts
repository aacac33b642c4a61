import type { IncomingHttpHeaders } from 'node:http';

/** What an operation gets from its HTTP request: labels, query, headers and JSON body. */
export interface OperationRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Readonly<Record<string, unknown>>;
}

/** Returns the response body (`undefined` for AWS's empty 200), or throws an IotServiceError. */
export type OperationHandler = (request: OperationRequest) => object | undefined | Promise<object | undefined>;

/** One operation of AWS IoT's REST-JSON protocol, as the SDK's serializers send it. */
export interface Route {
  readonly operation: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with `{label}` segments, e.g. `/things/{thingName}`. */
  readonly path: string;
  readonly handle: OperationHandler;
}

interface CompiledRoute {
  readonly route: Route;
  readonly pattern: RegExp;
  readonly labels: string[];
  /** Literal segments first: `/thing-groups/addThingToThingGroup` before `/thing-groups/{name}`. */
  readonly literalSegments: number;
}

export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

/** Finds the route of a method and path; labels come back URL-decoded. */
export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes
      .map((route) => {
        const labels: string[] = [];
        const segments = route.path.split('/').filter(Boolean);
        const source = segments
          .map((segment) => {
            const label = /^\{(\w+)\}$/.exec(segment)?.[1];
            if (!label) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            labels.push(label);
            return '([^/]+)';
          })
          .join('/');
        return { route, labels, pattern: new RegExp(`^/${source}/?$`), literalSegments: segments.length - labels.length };
      })
      .sort((a, b) => b.literalSegments - a.literalSegments);
  }

  match(method: string, path: string): RouteMatch | undefined {
    for (const candidate of this.compiled) {
      if (candidate.route.method !== method) continue;
      const found = candidate.pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      candidate.labels.forEach((label, index) => (params[label] = decodeURIComponent(found[index + 1] ?? '')));
      return { route: candidate.route, params };
    }
    return undefined;
  }
}
