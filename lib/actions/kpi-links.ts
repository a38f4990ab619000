"use server";

import { revalidatePath } from "next/cache";
import { addKpiLink, endKpiLink, reweightKpiLink } from "@/lib/services/kpi-links";
import { action, optionalNumber } from "./action";

/** The KPI page shows the link from both ends, so both pages are refreshed. */
function refresh(...codes: string[]) {
  for (const code of codes) revalidatePath(`/kpis/${encodeURIComponent(code)}`);
}

export const addKpiLinkAction = action({
  permission: "kpi:manage",
  run: (fields, user) => addKpiLink(user, fields.code ?? "", { supports: fields.supports ?? "", weight: optionalNumber(fields, "weight") }),
  done: (link) => {
    refresh(link.supporting, link.supports);
    return `${link.supporting} now supports ${link.supports} with weight ${link.weight}, from ${link.validFrom}.`;
  },
});

export const reweightKpiLinkAction = action({
  permission: "kpi:manage",
  run: (fields, user) => reweightKpiLink(user, fields.code ?? "", fields.supports ?? "", { weight: optionalNumber(fields, "weight") }),
  done: (link) => {
    refresh(link.supporting, link.supports);
    return `Weight ${link.weight} from ${link.validFrom}; earlier days keep the old weight.`;
  },
});

export const endKpiLinkAction = action({
  permission: "kpi:manage",
  run: (fields, user) => endKpiLink(user, fields.code ?? "", fields.supports ?? ""),
  done: (link) => {
    refresh(link.supporting, link.supports);
    return `${link.supporting} no longer supports ${link.supports} from ${link.validTo ?? "today"}; views of earlier days still show the link.`;
  },
});
