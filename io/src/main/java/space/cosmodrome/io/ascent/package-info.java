/** Ascent outputs: JSON of the launch command, trajectory CSV, CZML. */
package space.cosmodrome.io.ascent;
