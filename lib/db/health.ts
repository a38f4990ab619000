import { db } from "./client";

export async function databaseAnswers(timeoutMs = 2000): Promise<boolean> {
  const ping = db().$queryRaw`SELECT 1`.then(() => true);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  try {
    return await Promise.race([ping, timeout]);
  } catch {
    return false;
  }
}
