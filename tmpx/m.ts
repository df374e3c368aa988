import { migrateDeploy } from "../app/migrate.js";
const url = "postgresql://postgres@127.0.0.1:5432/pgx2";
const r = await Promise.allSettled([migrateDeploy(url), migrateDeploy(url)]);
console.log(r.map((x) => x.status + (x.status === "rejected" ? String(x.reason).slice(0, 300) : "")));
