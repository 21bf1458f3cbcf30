/**
 * Two-line and three-line element sets.
 * <ul>
 * <li>{@link space.cosmodrome.tle.TleReader}: reads TLE and 3LE text (CRLF or LF, names with or without the
 * {@code 0 } prefix, blank-padded and alpha-5 catalog numbers), checks every column and checksum, reports bad
 * entries with file, line, field and what was expected, or skips and counts them in lenient mode.</li>
 * <li>{@link space.cosmodrome.tle.TleElements}: one element set, SI units and radians, epoch as Orekit date and
 * as instant.</li>
 * <li>{@link space.cosmodrome.tle.TleFile}: what one file gave: element sets and skipped entries.</li>
 * </ul>
 * Propagation of the element sets is in {@code space.cosmodrome.sgp4}.
 */
package space.cosmodrome.tle;
