import { notFound } from "@/lib/api/problem";
import { withPublicApi } from "@/lib/api/with-api-user";

// Unknown API paths answer with a problem document, like every other API error, not an HTML page.
const answer = withPublicApi(async () => notFound("There is no such API endpoint."));

export { answer as GET, answer as POST, answer as PUT, answer as PATCH, answer as DELETE };
