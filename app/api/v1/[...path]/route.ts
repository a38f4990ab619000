import { notFound } from "@/lib/api/problem";

// Unknown API paths answer with a problem document, like every other API error, not an HTML page.
const answer = async () => notFound("There is no such API endpoint.");

export { answer as GET, answer as POST, answer as PUT, answer as PATCH, answer as DELETE };
