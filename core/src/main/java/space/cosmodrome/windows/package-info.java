/**
 * Launch windows: {@link space.cosmodrome.windows.LaunchWindows#find} lists the times a site passes under a
 * {@link space.cosmodrome.windows.TargetPlane} (a sun-synchronous plane by its local time of ascending node,
 * a node at an epoch, or the plane of a catalog object), each a {@link space.cosmodrome.windows.LaunchWindow}
 * with its azimuth and, for a yaw allowance, its width.
 */
package space.cosmodrome.windows;
