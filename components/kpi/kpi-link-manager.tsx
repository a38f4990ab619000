import { Card, CardHeader } from "@/components/ui/card";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findLiveKpi, listLinksFrom, listLiveKpisInLayer } from "@/lib/db/kpi-links";
import { SUPPORTS_LAYER } from "@/lib/domain/kpi-links";
import { toIsoDate } from "@/lib/domain/periods";
import { LAYER_LABELS } from "@/lib/domain/vocabulary";
import { KpiLinkAddForm, KpiLinkRow } from "./kpi-link-forms";

/**
 * "Supports" management on a KPI's page, for those who may manage KPIs: the links in force today
 * with re-weight and remove, and a form to add one. Changes take effect today; earlier as-of views
 * keep the links as they were.
 */
export async function KpiLinkManager({ user, code }: { user: CurrentUser; code: string }) {
  if (!can(user, "kpi:manage")) return null;
  const kpi = await findLiveKpi(code);
  if (!kpi) return null;
  const targetLayer = SUPPORTS_LAYER[kpi.layer];
  const links = await listLinksFrom(kpi.id, new Date());
  const linked = new Set(links.map((link) => link.supports));
  const targets = targetLayer ? (await listLiveKpisInLayer(targetLayer)).filter((target) => !linked.has(target.code)) : [];
  return (
    <div data-testid="kpi-link-manager">
      <Card className="mt-6">
        <CardHeader title="Manage what this KPI supports" description="Changes apply from today. Views of earlier days keep the links and weights they had." />
        <div className="space-y-5 px-5 py-4 text-sm">
          {targetLayer === null ? (
            <p className="text-slate-500">Demand KPIs are the top level: they support no other KPI. Link supply KPIs to this one from their pages.</p>
          ) : (
            <>
              {links.length === 0 ? (
                <p className="text-slate-500">It supports no KPI yet.</p>
              ) : (
                <ul className="divide-y divide-slate-100" aria-label="KPIs this one supports">
                  {links.map((link) => (
                    <KpiLinkRow
                      key={link.supports}
                      code={kpi.code}
                      supports={link.supports}
                      name={link.supportsName}
                      weight={link.weight}
                      since={toIsoDate(link.validFrom)}
                    />
                  ))}
                </ul>
              )}
              <KpiLinkAddForm
                code={kpi.code}
                targetLabel={LAYER_LABELS[targetLayer]}
                targets={targets.map((target) => ({ code: target.code, name: target.name }))}
              />
            </>
          )}
        </div>
      </Card>
    </div>
  );
}
