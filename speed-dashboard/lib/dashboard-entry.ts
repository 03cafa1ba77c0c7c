// What the dashboard's scripts need from the library, in one bundle.
export { buildDashboard, readResults } from "./dashboard-build.js";
export { formatSeconds, formatSpeedup } from "./report.js";
export { latestResult, updateReadme } from "./readme.js";
