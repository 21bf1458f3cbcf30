/**
 * Constellations: the analyses of several satellites combined. A target or grid point is seen whenever any
 * satellite sees it, so the constellation's access intervals are the union of its members' ({@link
 * space.cosmodrome.constellation.Unions}), and its gaps are the stretches no member covers.
 */
package space.cosmodrome.constellation;
