// The Partner Center API as one typed client: paths, bodies, answers and CBC error codes come from the generated
// schema (src/schema.d.ts, written by `npm run generate` from docs/openapi/partner-center.json).
import createClient from "openapi-fetch";
import type { paths } from "./schema";

export type { paths, components, operations } from "./schema";

/** A client of the one endpoint (api-gateway), authenticated with an OIDC bearer token. */
export function partnerCenter(baseUrl: string, token: string) {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
}
