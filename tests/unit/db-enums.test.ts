import { describe, expect, it } from "vitest";
import { DATABASE_ENUMS } from "@/lib/db/enums";
import * as prismaEnums from "@/lib/generated/prisma/enums";

// The typecheck already ties each pair together (lib/db/enums.ts); this guards the generated
// client's values at run time too, and the order the product lists them in against the schema's.
describe("domain enumerations and the database's", () => {
  it.each(Object.entries(DATABASE_ENUMS))("%s has the same values, in the same order", (name, values) => {
    expect(Object.values(prismaEnums[name as keyof typeof prismaEnums])).toEqual([...values]);
  });

  it("every Prisma enum has a domain array", () => {
    expect(Object.keys(DATABASE_ENUMS).sort()).toEqual(Object.keys(prismaEnums).sort());
  });
});
