// A small typed call, compiled strictly by `npm run check`: if the API's shape changes, this stops compiling.
import { partnerCenter } from "./client";
import type { operations } from "./schema";

type ListSubCustomersError =
  NonNullable<operations["ListSubCustomers"]["responses"]["400"]["content"]["application/json"]["error_code"]>;

/** The first page of the partner's sub-customers, or the CBC code that refused the query. */
export async function firstCustomers(baseUrl: string, token: string):
    Promise<{ names: string[] } | { refused: ListSubCustomersError | string }> {
  const api = partnerCenter(baseUrl, token);
  const { data, error } = await api.POST("/v2/partners/sub-customers/query", {
    body: { offset: 0, limit: 10 },
  });
  if (error) {
    return { refused: error.error_code };
  }
  return { names: (data.customer_infos ?? []).map((customer) => customer.account_name ?? "") };
}
