// The fewest requests a run's work needs, derived from the plan's action counts (never from the requests
// the connector made): Lever in pages of 100; Oomnitza in pages of the largest size the tenant serves,
// one write per changed person and per external id (the API has no batch form), batched SaaS calls.

const LEVER_PAGE = 100;

const pages = (n, size) => Math.max(1, Math.ceil(n / size));
const batches = (n, size) => Math.ceil(n / size);

/**
 * @param facts `planFacts()` of the runner: `{ source, summary, saasApp, roleGroups, safetyTripped }`
 * @param o `{ oomnitzaPage, saasBatch }`: the tenant's largest page, the largest SaaS batch
 * @returns `{ lever, oomnitza, oomnitzaWrites }`
 */
export function minimumRequests(facts, o) {
  const { source, summary } = facts;
  const lever = pages(source.leverUsers, LEVER_PAGE);
  let reads = pages(source.oomnitzaUsers, o.oomnitzaPage);
  let writes = summary.users.create + summary.users.update;
  if (facts.saasApp !== null) {
    reads += 1; // find the app by name
    if (facts.saasApp === "exists") reads += pages(source.saasUsers, o.oomnitzaPage);
    else writes += 1; // create it
    const s = summary.saas;
    writes += batches(s.assign, o.saasBatch) + s.externalIds + batches(s.reactivate, o.saasBatch);
    for (const size of facts.roleGroups) writes += batches(size, o.saasBatch);
    if (!facts.safetyTripped) writes += batches(s.deactivate, o.saasBatch);
  }
  return { lever, oomnitza: reads + writes, oomnitzaWrites: writes };
}

/**
 * The rate-limit bound of a run in seconds: the larger of Lever's minimum requests at its allowed rate,
 * Oomnitza's minimum writes at its write limit, and the write latency spread over the write concurrency.
 */
export function boundSeconds(minimum, o) {
  return Math.max(
    minimum.lever / o.leverRate,
    minimum.oomnitzaWrites / o.oomnitzaRate,
    (o.latencyMs / 1000) * (minimum.oomnitzaWrites / o.concurrency),
  );
}
