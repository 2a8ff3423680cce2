import { startSandbox } from "../src/index.js"; import { it } from "vitest"; it("smoke", async () => {
const s = await startSandbox();
const auth = "Basic " + Buffer.from(s.lever.credentials.apiKey + ":").toString("base64");
let r = await fetch(s.lever.baseUrl + "/users?limit=3", { headers: { authorization: auth } });
const j = await r.json(); console.log(r.status, JSON.stringify(j).slice(0, 600));
r = await fetch(s.lever.baseUrl + "/users?limit=3&offset=" + encodeURIComponent(j.next), { headers: { authorization: auth } });
console.log(r.status, (await r.text()).slice(0, 200));
r = await fetch(s.oomnitza.baseUrl + "/api/v3/users?limit=2&filter=" + encodeURIComponent("lever_id IS NOT NULL"), { headers: { authorization2: s.oomnitza.credentials.token } });
console.log(r.status, r.headers.get("x-total-count"), (await r.text()).slice(0, 500));
console.log(s.oomnitza.state.users().length, s.dataset.oomnitza.expectations.exact.length, s.dataset.oomnitza.expectations.staleName.length, s.dataset.oomnitza.expectations.emailCase.length);
console.log(s.lever.state.users().slice(0,12).map(u=>[u.name,u.email,u.accessRole,u.deactivatedAt?'D':'']));
console.log(JSON.stringify(s.lever.stats), s.oomnitza.state.duplicates());
await s.close();
});
