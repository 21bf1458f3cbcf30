/**
 * Access to ground targets for an imaging sensor: {@link space.cosmodrome.access.Accesses#find} gives, for each
 * {@link space.cosmodrome.access.Target}, the intervals in which the sensor can point at it within
 * {@link space.cosmodrome.access.SensorLimits} (off-nadir angle, Sun elevation at the target), and the revisit
 * statistics ({@link space.cosmodrome.access.Revisit}).
 */
package space.cosmodrome.access;
