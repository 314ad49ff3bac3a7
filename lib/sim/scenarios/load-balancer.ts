import type { SimContext } from "../core/context";
import type { NodeId } from "../core/types";

/** What the balancer believes about one backend, from its own health checks only. */
export interface Backend {
  healthy: boolean;
  failures: number;
  /** The probe awaiting an answer (0: none). */
  probe: number;
}

export interface LoadBalancer {
  next: number;
  nextProbe: number;
  backends: Record<NodeId, Backend>;
}

export interface HealthPolicy {
  readonly healthIntervalMs: number;
  readonly unhealthyThreshold: number;
}

type LbCtx = SimContext<
  { type: "health-check"; probe: number },
  { type: "health-tick" } | { type: "health-timeout"; probe: number; instance: NodeId }
>;

const LB = "lb";

export function createLoadBalancer(instances: readonly NodeId[]): LoadBalancer {
  return {
    next: 0,
    nextProbe: 1,
    backends: Object.fromEntries(instances.map((id) => [id, { healthy: true, failures: 0, probe: 0 }])),
  };
}

/** The probe timeout: half the interval, at most 200 ms. */
export const probeTimeoutMs = (policy: HealthPolicy): number => Math.min(200, policy.healthIntervalMs / 2);

export function probeAll(lb: LoadBalancer, policy: HealthPolicy, ctx: LbCtx): void {
  for (const [instance, backend] of Object.entries(lb.backends)) {
    backend.probe = lb.nextProbe++;
    ctx.send(LB, instance, { type: "health-check", probe: backend.probe });
    ctx.setTimer(LB, probeTimeoutMs(policy), { type: "health-timeout", probe: backend.probe, instance });
  }
  ctx.setTimer(LB, policy.healthIntervalMs, { type: "health-tick" });
}

/** Round-robin over the backends currently believed healthy. */
export function route(lb: LoadBalancer, instances: readonly NodeId[]): NodeId | undefined {
  const healthy = instances.filter((id) => lb.backends[id]?.healthy);
  const target = healthy[lb.next % Math.max(1, healthy.length)];
  lb.next += 1;
  return target;
}

export function healthOk(lb: LoadBalancer, instance: NodeId, probe: number, ctx: LbCtx): void {
  const backend = lb.backends[instance];
  if (backend === undefined || backend.probe !== probe) return;
  backend.probe = 0;
  backend.failures = 0;
  if (!backend.healthy) ctx.note(`lb puts ${instance} back in rotation`);
  backend.healthy = true;
}

/** A probe went unanswered; returns true when this evicts the backend. */
export function healthTimedOut(lb: LoadBalancer, instance: NodeId, probe: number, policy: HealthPolicy, ctx: LbCtx): boolean {
  const backend = lb.backends[instance];
  if (backend === undefined || backend.probe !== probe) return false;
  backend.probe = 0;
  backend.failures += 1;
  if (!backend.healthy || backend.failures < policy.unhealthyThreshold) return false;
  backend.healthy = false;
  ctx.note(`lb evicts ${instance} after ${backend.failures} failed checks`);
  return true;
}
