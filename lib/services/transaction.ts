// Runs a use case's writes in one transaction; a Refused thrown inside rolls it back and comes out
// as a refused Result, so "stale version found half-way" leaves nothing behind.
import { inTransaction, type TransactionOptions, type Tx } from "@/lib/db/transaction";
import { refuse, Refused, type Result } from "@/lib/refusal";

export async function transactionally<T>(work: (tx: Tx) => Promise<Result<T>>, options?: TransactionOptions): Promise<Result<T>> {
  try {
    return await inTransaction(async (tx) => {
      const result = await work(tx);
      // A refusal returned (not thrown) must still undo what the work wrote before deciding.
      if (!result.ok) throw new Refused(result.refusal);
      return result;
    }, options);
  } catch (error) {
    if (error instanceof Refused) return refuse(error.refusal);
    throw error;
  }
}
