export { type DistributionData, distributionChart } from "./distribution.ts";
export { type ChartOptions, type ChartStamp, stampText } from "./frame.ts";
export { type IncidentMapData, incidentMapChart } from "./incident-map.ts";
export { type IncidentSeriesData, incidentSeriesChart } from "./incident-series.ts";
export { type IssueScaleData, issueScaleChart } from "./issue-scale.ts";
export { type NetworkData, relationsNetworkChart } from "./relations-network.ts";
export { type TrajectoryData, trajectoryChart } from "./trajectories.ts";
