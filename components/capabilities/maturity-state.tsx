import { ArrowDownRight, ArrowUpRight, Check, Minus, CircleDashed } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { MaturityState } from "@/lib/domain/maturity";

const LOOK: Record<MaturityState, { tone: BadgeTone; icon: typeof Check; label: string }> = {
  "at target": { tone: "green", icon: Check, label: "At target" },
  improving: { tone: "brand", icon: ArrowUpRight, label: "Improving" },
  "no change": { tone: "neutral", icon: Minus, label: "No change" },
  declining: { tone: "red", icon: ArrowDownRight, label: "Declining" },
  "not assessed": { tone: "amber", icon: CircleDashed, label: "Not assessed" },
};

/** Where a capability stands against its target and which way it last moved, in words and an icon. */
export function MaturityStateBadge({ state }: { state: MaturityState }) {
  const { tone, icon: Icon, label } = LOOK[state];
  return (
    <Badge tone={tone}>
      <Icon aria-hidden className="size-3.5" />
      {label}
    </Badge>
  );
}
