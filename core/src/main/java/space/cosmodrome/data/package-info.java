/**
 * Reference data: {@link space.cosmodrome.data.OrekitData} loads Orekit's data set in one place;
 * {@link space.cosmodrome.data.DataCoverage} says how far Earth orientation and space weather reach and warns
 * when the dates asked for go past them.
 */
package space.cosmodrome.data;
