/**
 * The files of {@code cosmodrome plan}: {@link space.cosmodrome.io.plan.MissionReader} reads a mission file (YAML)
 * with line, column and field path in its errors; {@link space.cosmodrome.io.plan.PlanJson} builds the summary;
 * {@link space.cosmodrome.io.plan.PlanFiles} writes summary.json, the CSV files, the CCSDS OEM, the GeoJSON ground
 * track and the self-contained {@code report.html} ({@link space.cosmodrome.io.plan.ReportHtml}).
 */
package space.cosmodrome.io.plan;
