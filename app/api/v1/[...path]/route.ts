import { refusalResponse } from "@/lib/api/problem";
import { publicRoute } from "@/lib/api/route";
import { notFound } from "@/lib/refusal";

// Unknown API paths answer with a problem document, like every other API error, not an HTML page.
const answer = publicRoute(async () => refusalResponse(notFound("There is no such API endpoint.")));

export { answer as GET, answer as POST, answer as PUT, answer as PATCH, answer as DELETE };
