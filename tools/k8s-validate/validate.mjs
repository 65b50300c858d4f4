#!/usr/bin/env node
// Validates a multi-document Kubernetes YAML (what `kubectl kustomize` prints) read from stdin:
//  1. every object against the Kubernetes JSON schemas that ship with kubernetes-models
//     (offline: no schema is fetched), so a wrong type or a missing required field fails;
//  2. our rules for every workload (Deployment, StatefulSet, Job, CronJob): each container
//     has requests and limits, long-running ones have probes, and the pods meet the
//     restricted Pod Security level (non-root, RuntimeDefault seccomp, no privilege
//     escalation, all capabilities dropped);
//  3. with --prod: no Development environment, images pinned to a version tag, no Secret
//     carrying values (the operator provides kpi-secrets), two replicas of every Deployment
//     (all of ours are stateless) and a PodDisruptionBudget for each.
// Prints one line per problem and "N objects valid" at the end; exits 1 on any problem.
import { parseAllDocuments } from "yaml";

const prod = process.argv.includes("--prod");
const problems = [];
const say = (where, what) => problems.push(`${where}: ${what}`);

const input = await new Promise((resolve) => {
  let text = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => (text += chunk));
  process.stdin.on("end", () => resolve(text));
});
const objects = parseAllDocuments(input).map((d) => d.toJS()).filter(Boolean);

async function schemaOf(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  const path = group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
  try {
    return (await import(path))[kind];
  } catch {
    return null;
  }
}

function podSpecOf(o) {
  switch (o.kind) {
    case "Deployment": case "StatefulSet": case "Job": case "DaemonSet": return o.spec?.template?.spec;
    case "CronJob": return o.spec?.jobTemplate?.spec?.template?.spec;
    default: return null;
  }
}

const runsForever = (kind) => kind === "Deployment" || kind === "StatefulSet" || kind === "DaemonSet";

function checkWorkload(o, where) {
  const pod = podSpecOf(o);
  if (!pod) return;
  const psc = pod.securityContext ?? {};
  if (psc.runAsNonRoot !== true) say(where, "pod securityContext.runAsNonRoot must be true");
  if (psc.seccompProfile?.type !== "RuntimeDefault") say(where, "pod securityContext.seccompProfile.type must be RuntimeDefault");
  if (pod.hostNetwork || pod.hostPID || pod.hostIPC) say(where, "host namespaces are not allowed");
  for (const c of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
    const at = `${where} container ${c.name}`;
    const r = c.resources ?? {};
    if (!r.requests?.cpu || !r.requests?.memory) say(at, "needs resources.requests.cpu and .memory");
    if (!r.limits?.memory || !r.limits?.cpu) say(at, "needs resources.limits.cpu and .memory");
    const sc = c.securityContext ?? {};
    if (sc.allowPrivilegeEscalation !== false) say(at, "securityContext.allowPrivilegeEscalation must be false");
    if (!(sc.capabilities?.drop ?? []).includes("ALL")) say(at, 'securityContext.capabilities.drop must include "ALL"');
    if (sc.privileged) say(at, "must not be privileged");
    if (sc.runAsUser === 0) say(at, "must not run as root");
    const isMain = (pod.containers ?? []).includes(c);
    if (isMain && runsForever(o.kind) && (!c.readinessProbe || !c.livenessProbe))
      say(at, "needs a readinessProbe and a livenessProbe");
    if (prod) {
      const tag = /:([^:/@]+)$/.exec(c.image ?? "")?.[1];
      if (!tag || tag === "latest" || tag === "dev") say(at, `image ${c.image} must be pinned to a release tag`);
      for (const e of c.env ?? []) {
        if (e.name === "ASPNETCORE_ENVIRONMENT" && e.value !== "Production") say(at, `ASPNETCORE_ENVIRONMENT is ${e.value}`);
      }
    }
  }
}

for (const o of objects) {
  const where = `${o.kind ?? "?"}/${o.metadata?.name ?? "?"}`;
  if (!o.apiVersion || !o.kind) { say(where, "has no apiVersion or kind"); continue; }
  // kustomize folds long base64 values over lines; Kubernetes' decoder skips the line breaks.
  if (o.kind === "Secret" && o.data) for (const k of Object.keys(o.data)) o.data[k] = String(o.data[k]).replace(/\s+/g, "");
  const Model = await schemaOf(o.apiVersion, o.kind);
  if (!Model) { say(where, `no schema known for ${o.apiVersion} ${o.kind}`); continue; }
  try {
    new Model(o).validate();
  } catch (e) {
    say(where, `schema: ${e.message}`);
  }
  checkWorkload(o, where);
  if (prod && o.kind === "ConfigMap" && o.data && Object.entries(o.data).some(([k, v]) => k === "ASPNETCORE_ENVIRONMENT" && v !== "Production"))
    say(where, `ASPNETCORE_ENVIRONMENT is ${o.data.ASPNETCORE_ENVIRONMENT} in prod`);
  if (prod && o.kind === "Secret" && (o.data || o.stringData)) say(where, "prod must not carry secret values: the operator creates kpi-secrets");
}

if (prod) {
  const budgets = objects.filter((o) => o.kind === "PodDisruptionBudget").map((o) => o.spec?.selector?.matchLabels ?? {});
  for (const d of objects.filter((o) => o.kind === "Deployment")) {
    const where = `Deployment/${d.metadata?.name}`;
    if ((d.spec?.replicas ?? 1) < 2) say(where, "needs at least two replicas in prod");
    const labels = d.spec?.template?.metadata?.labels ?? {};
    if (!budgets.some((sel) => Object.keys(sel).length > 0 && Object.entries(sel).every(([k, v]) => labels[k] === v)))
      say(where, "has no PodDisruptionBudget");
  }
}

for (const p of problems) console.log(p);
console.log(problems.length === 0 ? `${objects.length} objects valid` : `${problems.length} problem(s) in ${objects.length} objects`);
process.exit(problems.length === 0 ? 0 : 1);
