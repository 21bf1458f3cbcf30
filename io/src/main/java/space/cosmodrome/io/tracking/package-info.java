/**
 * Tracking files: observers files in ({@link space.cosmodrome.io.tracking.ObserverReader}); states as JSON, CSV and
 * CCSDS OEM, passes and sub-satellite points as JSON out ({@link space.cosmodrome.io.tracking.TrackingFiles}).
 */
package space.cosmodrome.io.tracking;
